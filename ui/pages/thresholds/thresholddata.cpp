#include "pages/thresholds/thresholddata.h"

#include "dml/synthetic_images.h"

#include <QDir>
#include <algorithm>
#include <QFileInfo>

namespace eg {

namespace {

QString folderOrDefault(const QString &folder)
{
    return folder.isEmpty() ? QString::fromLatin1(dml::FashionMnistDefaultFolder) : folder;
}

std::vector<QString> namesOf(const std::vector<qint32> &labels, bool fashion)
{
    std::vector<qint32> distinct = labels;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    std::vector<QString> names;
    for (qint32 label : distinct)
        names.push_back(fashion ? ThresholdData::fashionClassName(label)
                                : ThresholdData::tr("class %1").arg(label));
    return names;
}

} // namespace

bool ThresholdData::fashionMnistAvailable(const QString &folder)
{
    const QDir dir(folderOrDefault(folder));
    for (const char *file : {"train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
                             "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"})
        if (!QFileInfo::exists(dir.filePath(QLatin1String(file))))
            return false;
    return true;
}

QString ThresholdData::sourceName(Source source)
{
    return source == FashionMnist ? tr("Fashion-MNIST") : tr("Built-in synthetic set");
}

std::vector<int> ThresholdData::widths(Source source)
{
    return source == FashionMnist ? std::vector<int>{784, 256, 64} : std::vector<int>{32, 64, 16};
}

QString ThresholdData::fashionClassName(int label)
{
    switch (label) {
    case 0: return tr("T-shirt/top");
    case 1: return tr("Trouser");
    case 2: return tr("Pullover");
    case 3: return tr("Dress");
    case 4: return tr("Coat");
    case 5: return tr("Sandal");
    case 6: return tr("Shirt");
    case 7: return tr("Sneaker");
    case 8: return tr("Bag");
    case 9: return tr("Ankle boot");
    default: return QString::number(label);
    }
}

ThresholdData::Loaded ThresholdData::load(Source source, const QString &folder)
{
    Loaded out;
    dml::ImageSet train, test;
    if (source == FashionMnist) {
        train = dml::loadFashionMnist(folderOrDefault(folder), dml::FashionMnistPart::Train);
        test = dml::loadFashionMnist(folderOrDefault(folder), dml::FashionMnistPart::Test);
    } else {
        dml::SyntheticImages synthetic = dml::makeSyntheticImages();
        train = std::move(synthetic.train);
        test = std::move(synthetic.test);
    }
    out.split = dml::makeSplit(train, test, dml::WorldSplit::OpenWorld);
    out.classNames = namesOf(out.split.evaluation.labels, source == FashionMnist);
    out.description = tr("%1, unseen classes 5-9").arg(sourceName(source));
    return out;
}

} // namespace eg
