#include "kg/key_hash.h"
#include "kg/utf8.h"
#include "kg/vocabulary.h"

#include <QTest>

#include <string>
#include <unordered_set>

using namespace eg;

class TestVocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insertAndFind()
    {
        Vocabulary v;
        QVERIFY(v.isEmpty());
        QCOMPARE(v.find(std::string_view("a")), -1); // lookup in an empty table
        QCOMPARE(v.insert("a"), 0);
        QCOMPARE(v.insert("b"), 1);
        QCOMPARE(v.insert("a"), 0);
        QCOMPARE(v.insert(""), 2); // the empty key is a key like any other
        QCOMPARE(v.insert(std::string_view("x\0y", 3)), 3);
        QCOMPARE(v.find(std::string_view("x\0z", 3)), -1);
        QCOMPARE(v.size(), 4);
        QCOMPARE(v.find(std::string_view("b")), 1);
        QCOMPARE(v.find(QStringLiteral("b")), 1);
        QCOMPARE(v.find(std::string_view("c")), -1);
        QCOMPARE(v.key(1), std::string_view("b"));
        QCOMPARE(v.key(99), std::string_view());
        QCOMPARE(v.key(-1), std::string_view());
        QCOMPARE(v.keyString(0), QStringLiteral("a"));
    }

    // Many keys: ids stay dense and in insertion order across table growth, and every key
    // (long ones that differ only near the end too) is found again.
    void manyKeys()
    {
        Vocabulary v;
        const int n = 100000;
        for (int i = 0; i < n; ++i) {
            const std::string key = "/prefix/that/is/long/enough/" + std::to_string(i);
            QCOMPARE(v.insert(key), i);
        }
        QCOMPARE(v.size(), n);
        for (int i = 0; i < n; ++i) {
            const std::string key = "/prefix/that/is/long/enough/" + std::to_string(i);
            if (v.find(key) != i)
                QFAIL(qPrintable(QStringLiteral("key %1 lost").arg(i)));
            if (v.key(i) != key)
                QFAIL(qPrintable(QStringLiteral("key %1 changed").arg(i)));
        }
        QCOMPARE(v.find(std::string_view("/prefix/that/is/long/enough/100000")), -1);
        // At least the key bytes and one 8-byte slot per key.
        QVERIFY(v.memoryBytes() > qint64(n) * (28 + 8));
    }

    void copyAndMove()
    {
        Vocabulary v;
        v.insert("x");
        v.insert("y");
        Vocabulary copy = v;
        copy.insert("z");
        QCOMPARE(v.size(), 2);
        QCOMPARE(copy.size(), 3);
        QCOMPARE(copy.find(std::string_view("y")), 1);
        Vocabulary moved = std::move(copy);
        QCOMPARE(moved.size(), 3);
        QCOMPARE(moved.key(2), std::string_view("z"));
        v = moved;
        QCOMPARE(v.size(), 3);
        v.reserve(1000);
        QCOMPARE(v.find(std::string_view("z")), 2);
    }

    // Hashes of similar keys of every length 0..40 are all different (a weak hash that ignores
    // the middle or the tail of a key would collide here).
    void hashSpreads()
    {
        std::unordered_set<quint64> seen;
        int count = 0;
        for (int length = 0; length <= 40; ++length) {
            for (int position = 0; position < qMax(length, 1); ++position) {
                std::string key(size_t(length), 'a');
                if (length > 0)
                    key[size_t(position)] = 'b';
                seen.insert(hashKey(key));
                ++count;
            }
        }
        QCOMPARE(int(seen.size()), count);
    }

    void utf8_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("ascii long") << QByteArray("abcdefghijklmnopqrstuvwxyz0123456789") << true;
        QTest::newRow("two bytes") << QByteArray("\xC3\x87" "a") << true;
        QTest::newRow("three bytes") << QByteArray("\xE2\x82\xAC") << true;
        QTest::newRow("four bytes") << QByteArray("\xF0\x9F\x98\x80") << true;
        QTest::newRow("max code point") << QByteArray("\xF4\x8F\xBF\xBF") << true;
        QTest::newRow("after 8 ascii") << QByteArray("abcdefgh\xC3\x87") << true;
        QTest::newRow("lone continuation") << QByteArray("a\x80") << false;
        QTest::newRow("overlong 2") << QByteArray("\xC0\xAF") << false;
        QTest::newRow("overlong 3") << QByteArray("\xE0\x80\xAF") << false;
        QTest::newRow("overlong 4") << QByteArray("\xF0\x80\x80\xAF") << false;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
        QTest::newRow("above max") << QByteArray("\xF4\x90\x80\x80") << false;
        QTest::newRow("truncated") << QByteArray("abc\xE2\x82") << false;
        QTest::newRow("bad second") << QByteArray("\xE2\x28\xA1") << false;
        QTest::newRow("bad third") << QByteArray("\xE2\x82\x28") << false;
        QTest::newRow("latin1") << QByteArray("caf\xE9") << false;
        QTest::newRow("ff") << QByteArray("\xFF") << false;
        QTest::newRow("invalid after 16 ascii") << QByteArray("0123456789abcdef\xFE") << false;
    }

    void utf8()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QCOMPARE(isValidUtf8(std::string_view(text.constData(), size_t(text.size()))), valid);
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "test_vocabulary.moc"
