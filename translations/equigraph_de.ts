<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>Equigraph: a workbench for bias, threshold consistency and entity alignment in knowledge-graph embeddings.</source>
        <translation>Equigraph: eine Werkbank für Verzerrung, Schwellenwert-Konsistenz und Entitätenabgleich in Wissensgraph-Einbettungen.</translation>
    </message>
    <message>
        <source>A session file (.equigraph), a triples folder or a triples file to open.</source>
        <translation>Eine Sitzungsdatei (.equigraph), ein Tripel-Ordner oder eine Tripel-Datei zum Öffnen.</translation>
    </message>
    <message>
        <source>Load the built-in demo world at start.</source>
        <translation>Beim Start die eingebaute Demo-Welt laden.</translation>
    </message>
    <message>
        <source>Show this workbench first: bias, thresholds or alignment.</source>
        <translation>Diese Werkbank zuerst zeigen: bias, thresholds oder alignment.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Save a 1280x800 picture of the window and quit.</source>
        <translation>Ein Bild des Fensters in 1280x800 speichern und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Give at most one path to open.</source>
        <translation>Höchstens einen Pfad zum Öffnen angeben.</translation>
    </message>
    <message>
        <source>Unknown workbench &apos;%1&apos;: use bias, thresholds or alignment.</source>
        <translation>Unbekannte Werkbank „%1“: bias, thresholds oder alignment verwenden.</translation>
    </message>
</context>
<context>
    <name>eg::DataController</name>
    <message>
        <source>Not available yet: this build has no triples loader.</source>
        <translation>Noch nicht verfügbar: Diesem Build fehlt das Laden von Tripeln.</translation>
    </message>
    <message>
        <source>Not available yet: this build has no demo world generator.</source>
        <translation>Noch nicht verfügbar: Diesem Build fehlt der Generator der Demo-Welt.</translation>
    </message>
    <message>
        <source>Not available yet: this build has no session store.</source>
        <translation>Noch nicht verfügbar: Diesem Build fehlt die Sitzungsablage.</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>%1 laden</translation>
    </message>
    <message>
        <source>Generate the demo world</source>
        <translation>Demo-Welt erzeugen</translation>
    </message>
    <message>
        <source>Data set %1: %2 entities, %3 relations, %4 triples</source>
        <translation>Datensatz %1: %2 Entitäten, %3 Relationen, %4 Tripel</translation>
    </message>
    <message>
        <source>Opened session %1</source>
        <translation>Sitzung %1 geöffnet</translation>
    </message>
    <message>
        <source>Could not open session %1: %2</source>
        <translation>Sitzung %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Saved session %1</source>
        <translation>Sitzung %1 gespeichert</translation>
    </message>
    <message>
        <source>Could not save session %1: %2</source>
        <translation>Sitzung %1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>eg::DatasetPanel</name>
    <message>
        <source>No recent sessions.</source>
        <translation>Keine zuletzt verwendeten Sitzungen.</translation>
    </message>
    <message>
        <source>Data Set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Entities:</source>
        <translation>Entitäten:</translation>
    </message>
    <message>
        <source>Relations:</source>
        <translation>Relationen:</translation>
    </message>
    <message>
        <source>Triples:</source>
        <translation>Tripel:</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Recent sessions:</source>
        <translation>Zuletzt verwendete Sitzungen:</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a session.</source>
        <translation>Doppelklicken oder die Eingabetaste drücken, um eine Sitzung zu öffnen.</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>keiner geladen</translation>
    </message>
    <message>
        <source>%1 (train %2, valid %3, test %4)</source>
        <translation>%1 (Training %2, Validierung %3, Test %4)</translation>
    </message>
    <message>
        <source>No session file open.</source>
        <translation>Keine Sitzungsdatei geöffnet.</translation>
    </message>
    <message>
        <source>Current: %1 (%2, %3)</source>
        <translation>Aktuell: %1 (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n Entscheidung</numerusform>
            <numerusform>%n Entscheidungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eg::JobController</name>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Finished in %1: %2</source>
        <translation>Fertig nach %1: %2</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation>Fehlgeschlagen: %1: %2</translation>
    </message>
</context>
<context>
    <name>eg::JobsModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>wird geschätzt…</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>eg::JobsPanel</name>
    <message>
        <source>Clear Ended Jobs</source>
        <translation>Beendete Aufträge entfernen</translation>
    </message>
    <message>
        <source>Remove finished, cancelled and failed jobs from the list.</source>
        <translation>Fertige, abgebrochene und fehlgeschlagene Aufträge aus der Liste entfernen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop this job; its partial work is discarded.</source>
        <translation>Diesen Auftrag anhalten; was er bisher berechnet hat, wird verworfen.</translation>
    </message>
</context>
<context>
    <name>eg::LogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>eg::MainActions</name>
    <message>
        <source>&amp;Open Session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a session file with its runs and review decisions.</source>
        <translation>Eine Sitzungsdatei mit ihren Läufen und Prüfentscheidungen öffnen.</translation>
    </message>
    <message>
        <source>Open Triples &amp;Folder…</source>
        <translation>Tripel-&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Load a folder holding train, valid and test triples files.</source>
        <translation>Einen Ordner mit Trainings-, Validierungs- und Test-Tripeldateien laden.</translation>
    </message>
    <message>
        <source>Open Triples F&amp;ile…</source>
        <translation>Tripel-Da&amp;tei öffnen…</translation>
    </message>
    <message>
        <source>Load one file of tab-separated head, relation, tail triples.</source>
        <translation>Eine Datei mit tabulatorgetrennten Tripeln (Kopf, Relation, Ende) laden.</translation>
    </message>
    <message>
        <source>Load the &amp;Demo World</source>
        <translation>&amp;Demo-Welt laden</translation>
    </message>
    <message>
        <source>Generate the built-in synthetic demo world (seeded, always the same).</source>
        <translation>Die eingebaute synthetische Demo-Welt erzeugen (fester Startwert, immer dieselbe).</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>Sitzung &amp;speichern</translation>
    </message>
    <message>
        <source>Save the session file.</source>
        <translation>Die Sitzungsdatei speichern.</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>Sitzung speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the session to a new file.</source>
        <translation>Die Sitzung in eine neue Datei speichern.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language and other settings of the user interface.</source>
        <translation>Sprache und weitere Einstellungen der Benutzeroberfläche.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Equigraph.</source>
        <translation>Equigraph beenden.</translation>
    </message>
    <message>
        <source>Switch to the %1 workbench.</source>
        <translation>Zur Werkbank %1 wechseln.</translation>
    </message>
    <message>
        <source>&amp;Cancel All Jobs</source>
        <translation>&amp;Alle Aufträge abbrechen</translation>
    </message>
    <message>
        <source>Stop every running job.</source>
        <translation>Jeden laufenden Auftrag anhalten.</translation>
    </message>
    <message>
        <source>C&amp;lear Ended Jobs</source>
        <translation>Beendete Aufträge ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove finished, cancelled and failed jobs from the list.</source>
        <translation>Fertige, abgebrochene und fehlgeschlagene Aufträge aus der Liste entfernen.</translation>
    </message>
    <message>
        <source>&amp;About Equigraph</source>
        <translation>&amp;Über Equigraph</translation>
    </message>
    <message>
        <source>Version and purpose of Equigraph.</source>
        <translation>Version und Zweck von Equigraph.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version Equigraph runs on.</source>
        <translation>Die Qt-Version, auf der Equigraph läuft.</translation>
    </message>
    <message>
        <source>&amp;Recent Sessions</source>
        <translation>&amp;Zuletzt verwendete Sitzungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>Auf&amp;träge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>eg::MainWindow</name>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Equigraph sessions (*.%1);;All files (*)</source>
        <translation>Equigraph-Sitzungen (*.%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Triples Folder</source>
        <translation>Tripel-Ordner öffnen</translation>
    </message>
    <message>
        <source>Open Triples File</source>
        <translation>Tripel-Datei öffnen</translation>
    </message>
    <message>
        <source>Triples (*.txt *.tsv *.csv);;All files (*)</source>
        <translation>Tripel (*.txt *.tsv *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Session As</source>
        <translation>Sitzung speichern unter</translation>
    </message>
    <message>
        <source>Equigraph sessions (*.%1)</source>
        <translation>Equigraph-Sitzungen (*.%1)</translation>
    </message>
    <message>
        <source>The new language takes effect at the next start.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>About Equigraph</source>
        <translation>Über Equigraph</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Equigraph %1&lt;/h3&gt;&lt;p&gt;A workbench for bias, threshold consistency and entity alignment in knowledge-graph embeddings.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Equigraph %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für Verzerrung, Schwellenwert-Konsistenz und Entitätenabgleich in Wissensgraph-Einbettungen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation>Keine zuletzt verwendeten Sitzungen</translation>
    </message>
    <message>
        <source>Equigraph</source>
        <translation>Equigraph</translation>
    </message>
    <message>
        <source>%1 — Equigraph</source>
        <translation>%1 — Equigraph</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Equigraph %1 started.</source>
        <translation>Equigraph %1 gestartet.</translation>
    </message>
</context>
<context>
    <name>eg::PlaceholderPage</name>
    <message>
        <source>This workbench is not available yet.</source>
        <translation>Diese Werkbank ist noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>It will hold:</source>
        <translation>Sie wird enthalten:</translation>
    </message>
</context>
<context>
    <name>eg::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemvorgabe (%1)</translation>
    </message>
    <message>
        <source>A new language takes effect when Equigraph is next started.</source>
        <translation>Eine neue Sprache gilt, sobald Equigraph das nächste Mal gestartet wird.</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Recent sessions:</source>
        <translation>Zuletzt verwendete Sitzungen:</translation>
    </message>
</context>
<context>
    <name>eg::StatusLine</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>No data set loaded</source>
        <translation>Kein Datensatz geladen</translation>
    </message>
    <message>
        <source>%1: %2 entities, %3 triples</source>
        <translation>%1: %2 Entitäten, %3 Tripel</translation>
    </message>
    <message>
        <source>No jobs running</source>
        <translation>Keine Aufträge laufen</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n Auftrag läuft</numerusform>
            <numerusform>%n Aufträge laufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eg::WorkbenchTabs</name>
    <message>
        <source>Measure and reduce social bias in a trained knowledge-graph embedding.</source>
        <translation>Soziale Verzerrung in einer trainierten Wissensgraph-Einbettung messen und verringern.</translation>
    </message>
    <message>
        <source>the bias score of each profession for a sensitive relation such as gender, ranked, with the number of people behind each row;</source>
        <translation>den Verzerrungswert jedes Berufs für eine sensible Relation wie das Geschlecht, geordnet, mit der Zahl der Personen hinter jeder Zeile;</translation>
    </message>
    <message>
        <source>aggregate measures: the difference in scores, and the accuracy of a probe classifier against the most-frequent-class rate;</source>
        <translation>zusammenfassende Maße: den Unterschied der Bewertungen und die Genauigkeit eines Prüfklassifikators im Vergleich zum Anteil der häufigsten Klasse;</translation>
    </message>
    <message>
        <source>debiasing runs (KL term, attribute embeddings, adversarial filters) compared before and after.</source>
        <translation>Läufe zum Abbau der Verzerrung (KL-Term, Attribut-Einbettungen, adversariale Filter), vorher und nachher verglichen.</translation>
    </message>
    <message>
        <source>Check whether one global distance threshold treats every class alike.</source>
        <translation>Prüfen, ob eine einzige globale Abstandsschwelle jede Klasse gleich behandelt.</translation>
    </message>
    <message>
        <source>utility curves per class (F-score of true-positive and true-negative rate) against the distance threshold;</source>
        <translation>Nutzenkurven je Klasse (F-Maß aus Richtig-positiv- und Richtig-negativ-Rate) über der Abstandsschwelle;</translation>
    </message>
    <message>
        <source>OPIS and ε-OPIS over the calibration range given by the false-accept rate;</source>
        <translation>OPIS und ε-OPIS über dem Kalibrierbereich, den die Falschannahmerate vorgibt;</translation>
    </message>
    <message>
        <source>training with the threshold-consistent margin regulariser, and its effect on these measures.</source>
        <translation>Training mit dem schwellenkonsistenten Margin-Regularisierer und dessen Wirkung auf diese Maße.</translation>
    </message>
    <message>
        <source>Find the entities that two knowledge graphs share, and review the matches.</source>
        <translation>Die Entitäten finden, die zwei Wissensgraphen gemeinsam haben, und die Zuordnungen prüfen.</translation>
    </message>
    <message>
        <source>candidate pairs from blocking on names and dates;</source>
        <translation>Kandidatenpaare aus einer Vorauswahl nach Namen und Daten;</translation>
    </message>
    <message>
        <source>a graph neural network with cross-graph and self attention that scores each pair;</source>
        <translation>ein neuronales Graphennetz mit graphübergreifender und Selbst-Aufmerksamkeit, das jedes Paar bewertet;</translation>
    </message>
    <message>
        <source>precision and recall figures, and a review queue to accept or reject each proposed match, kept in the session.</source>
        <translation>Präzision und Trefferquote sowie eine Prüfliste, in der jede vorgeschlagene Zuordnung angenommen oder abgelehnt wird, gespeichert in der Sitzung.</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>Verzerrung</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Abgleich</translation>
    </message>
</context>
</TS>
