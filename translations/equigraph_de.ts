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
    <message>
        <source>Record the work in this session file (created when missing). Without it, the last session used is opened, or else the default session.</source>
        <translation>Die Arbeit in dieser Sitzungsdatei festhalten (wird angelegt, falls sie fehlt). Ohne diese Angabe wird die zuletzt verwendete Sitzung geöffnet, sonst die Standardsitzung.</translation>
    </message>
</context>
<context>
    <name>eg::AlignmentPage</name>
    <message>
        <source>DBP15K or OpenEA folder</source>
        <translation>DBP15K- oder OpenEA-Ordner</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n pair(s) with score ≥ %1 (Ctrl+Z takes them back).</source>
        <translation>
            <numerusform>%n Paar mit Bewertung ≥ %1 angenommen (Strg+Z nimmt es zurück).</numerusform>
            <numerusform>%n Paare mit Bewertung ≥ %1 angenommen (Strg+Z nimmt sie zurück).</numerusform>
        </translation>
    </message>
    <message>
        <source>Alignment training cancelled.</source>
        <translation>Training des Abgleichs abgebrochen.</translation>
    </message>
    <message>
        <source>Scoring failed: the training job ended with an error (see the jobs and log panels).</source>
        <translation>Bewertung fehlgeschlagen: Der Trainingsauftrag endete mit einem Fehler (siehe Auftrags- und Protokollbereich).</translation>
    </message>
    <message>
        <source>align demo views (seed %1)</source>
        <translation>Abgleich der Demo-Ansichten (Startwert %1)</translation>
    </message>
    <message>
        <source>align %1 (seed %2)</source>
        <translation>Abgleich %1 (Startwert %2)</translation>
    </message>
    <message>
        <source>Training: %1…</source>
        <translation>Training: %1…</translation>
    </message>
    <message>
        <source>No writable session was open: the review is kept in %1 (File &gt; Save Session As to keep it elsewhere).</source>
        <translation>Es war keine beschreibbare Sitzung geöffnet: Die Prüfung wird in %1 aufbewahrt (Datei &gt; Sitzung speichern unter, um sie anderswo abzulegen).</translation>
    </message>
    <message>
        <source>no session to record the alignment in</source>
        <translation>keine Sitzung, in der der Abgleich festgehalten werden kann</translation>
    </message>
    <message>
        <source>%1: Hits@1 %2, MRR %3, PRAUC %4 (refined); %5 candidates to review.</source>
        <translation>%1: Hits@1 %2, MRR %3, PRAUC %4 (verfeinert); %5 Kandidaten zu prüfen.</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>This session has no alignment run yet.
Press &quot;Train on demo views&quot; (or pick a DBP15K / OpenEA folder) to propose pairs.</source>
        <translation>Diese Sitzung hat noch keinen Abgleichslauf.
„Auf Demo-Ansichten trainieren“ drücken (oder einen DBP15K- / OpenEA-Ordner wählen), um Paare vorzuschlagen.</translation>
    </message>
    <message>
        <source>No session is open.
Press &quot;Train on demo views&quot; to start: a session for the review is created.</source>
        <translation>Keine Sitzung geöffnet.
Zum Beginnen „Auf Demo-Ansichten trainieren“ drücken: Eine Sitzung für die Prüfung wird angelegt.</translation>
    </message>
    <message>
        <source>No candidate found: this run proposed no pair to review.</source>
        <translation>Kein Kandidat gefunden: Dieser Lauf hat kein Paar zur Prüfung vorgeschlagen.</translation>
    </message>
    <message>
        <source>Every candidate of this run has a decision.</source>
        <translation>Für jeden Kandidaten dieses Laufs gibt es eine Entscheidung.</translation>
    </message>
    <message>
        <source>No candidates.</source>
        <translation>Keine Kandidaten.</translation>
    </message>
    <message>
        <source>Reviewed %1 of %2: %3 approved, %4 rejected, %5 unsure; %6 pending.</source>
        <translation>%1 von %2 geprüft: %3 angenommen, %4 abgelehnt, %5 unsicher; %6 offen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; ↔ &lt;b&gt;%2&lt;/b&gt; — %3, candidate %4 of its entity</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ↔ &lt;b&gt;%2&lt;/b&gt; — %3, Kandidat %4 seiner Entität</translation>
    </message>
    <message>
        <source>&lt;br&gt;score %1 · model %2 · name similarity %3</source>
        <translation>&lt;br&gt;Bewertung %1 · Modell %2 · Namensähnlichkeit %3</translation>
    </message>
    <message>
        <source> · a reference link</source>
        <translation> · ein Referenzpaar</translation>
    </message>
    <message>
        <source> · not a reference link</source>
        <translation> · kein Referenzpaar</translation>
    </message>
    <message>
        <source>&lt;br&gt;blind mode: scores hidden</source>
        <translation>&lt;br&gt;Blindmodus: Bewertungen verborgen</translation>
    </message>
    <message>
        <source>No run.</source>
        <translation>Kein Lauf.</translation>
    </message>
    <message>
        <source>Wrote the merged graph with %1 sameAs links to %2.</source>
        <translation>Den zusammengeführten Graphen mit %1 sameAs-Verknüpfungen nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %1 sameAs links to %2 (the graphs of this run are not loaded: train again to write the merged triples).</source>
        <translation>%1 sameAs-Verknüpfungen nach %2 geschrieben (die Graphen dieses Laufs sind nicht geladen: erneut trainieren, um die zusammengeführten Tripel zu schreiben).</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Keine Sitzung geöffnet.</translation>
    </message>
    <message>
        <source>Wrote the decisions to %1.</source>
        <translation>Die Entscheidungen nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Open a writable session with an alignment run first.</source>
        <translation>Zuerst eine beschreibbare Sitzung mit einem Abgleichslauf öffnen.</translation>
    </message>
    <message>
        <source>Imported %1 decisions from %2 (%3 lines for pairs not in this run skipped).</source>
        <translation>%1 Entscheidungen aus %2 importiert (%3 Zeilen zu Paaren außerhalb dieses Laufs übersprungen).</translation>
    </message>
    <message>
        <source>Train on demo views</source>
        <translation>Auf Demo-Ansichten trainieren</translation>
    </message>
    <message>
        <source>Train and evaluate on the demo world&apos;s two noisy views.</source>
        <translation>Auf den zwei verrauschten Ansichten der Demo-Welt trainieren und auswerten.</translation>
    </message>
    <message>
        <source>Train on folder…</source>
        <translation>Auf Ordner trainieren…</translation>
    </message>
    <message>
        <source>A DBP15K or OpenEA folder (two graphs and their links).</source>
        <translation>Ein DBP15K- oder OpenEA-Ordner (zwei Graphen und ihre Verknüpfungen).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>epochs </source>
        <translation>Epochen </translation>
    </message>
    <message>
        <source>seed </source>
        <translation>Startwert </translation>
    </message>
    <message>
        <source>cross-graph attention</source>
        <translation>graphübergreifende Aufmerksamkeit</translation>
    </message>
    <message>
        <source>self-attention</source>
        <translation>Selbst-Aufmerksamkeit</translation>
    </message>
    <message>
        <source>by score</source>
        <translation>nach Bewertung</translation>
    </message>
    <message>
        <source>by uncertainty</source>
        <translation>nach Unsicherheit</translation>
    </message>
    <message>
        <source>by entity</source>
        <translation>nach Entität</translation>
    </message>
    <message>
        <source>Blind (hide scores)</source>
        <translation>Blind (ohne Bewertung)</translation>
    </message>
    <message>
        <source>Export / import</source>
        <translation>Export / Import</translation>
    </message>
    <message>
        <source>Export merged graph (TSV with sameAs)…</source>
        <translation>Zusammengeführten Graphen exportieren (TSV mit sameAs)…</translation>
    </message>
    <message>
        <source>TSV files (*.tsv *.txt)</source>
        <translation>TSV-Dateien (*.tsv *.txt)</translation>
    </message>
    <message>
        <source>Export decisions (CSV)…</source>
        <translation>Entscheidungen exportieren (CSV)…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Import decisions (CSV)…</source>
        <translation>Entscheidungen importieren (CSV)…</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Prüfliste</translation>
    </message>
    <message>
        <source>Reason (optional, kept in the audit trail)</source>
        <translation>Begründung (optional, wird im Prüfprotokoll festgehalten)</translation>
    </message>
    <message>
        <source>Approve (A)</source>
        <translation>Annehmen (A)</translation>
    </message>
    <message>
        <source>The same entity</source>
        <translation>Dieselbe Entität</translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation>Ablehnen (R)</translation>
    </message>
    <message>
        <source>Different entities</source>
        <translation>Verschiedene Entitäten</translation>
    </message>
    <message>
        <source>Unsure (U)</source>
        <translation>Unsicher (U)</translation>
    </message>
    <message>
        <source>Come back to it later</source>
        <translation>Später darauf zurückkommen</translation>
    </message>
    <message>
        <source>Previous (⌫)</source>
        <translation>Zurück (⌫)</translation>
    </message>
    <message>
        <source>The pair shown before</source>
        <translation>Das zuvor gezeigte Paar</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Take back the last decision</source>
        <translation>Die letzte Entscheidung zurücknehmen (Strg+Z)</translation>
    </message>
    <message>
        <source>Audit trail of this pair</source>
        <translation>Prüfprotokoll dieses Paars</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Test links of run #%1
names only:
  %2
model (refined):
  %3</source>
        <translation>Testverknüpfungen von Lauf #%1
nur Namen:
  %2
Modell (verfeinert):
  %3</translation>
    </message>
</context>
<context>
    <name>eg::BiasDataSets</name>
    <message>
        <source>Demo world (built in)</source>
        <translation>Demo-Welt (eingebaut)</translation>
    </message>
</context>
<context>
    <name>eg::BiasLoadDialog</name>
    <message>
        <source>Load Embeddings</source>
        <translation>Einbettungen laden</translation>
    </message>
    <message>
        <source>Equigraph model file (.egm)</source>
        <translation>Equigraph-Modelldatei (.egm)</translation>
    </message>
    <message>
        <source>NumPy matrices with name maps</source>
        <translation>NumPy-Matrizen mit Namenszuordnungen</translation>
    </message>
    <message>
        <source>word2vec text</source>
        <translation>word2vec-Text</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy)</source>
        <translation>NumPy-Arrays (*.npy)</translation>
    </message>
    <message>
        <source>Name maps (*.tsv *.tsv.gz *.txt);;All files (*)</source>
        <translation>Namenszuordnungen (*.tsv *.tsv.gz *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Model file:</source>
        <translation>Modelldatei:</translation>
    </message>
    <message>
        <source>Equigraph models (*.egm)</source>
        <translation>Equigraph-Modelle (*.egm)</translation>
    </message>
    <message>
        <source>Entity vectors:</source>
        <translation>Entitätsvektoren:</translation>
    </message>
    <message>
        <source>Relation vectors:</source>
        <translation>Relationsvektoren:</translation>
    </message>
    <message>
        <source>Entity names:</source>
        <translation>Entitätsnamen:</translation>
    </message>
    <message>
        <source>Relation names:</source>
        <translation>Relationsnamen:</translation>
    </message>
    <message>
        <source>word2vec file:</source>
        <translation>word2vec-Datei:</translation>
    </message>
    <message>
        <source>word2vec text (*.txt *.vec *.gz);;All files (*)</source>
        <translation>word2vec-Text (*.txt *.vec *.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Relation key prefix:</source>
        <translation>Präfix der Relationsschlüssel:</translation>
    </message>
    <message>
        <source>TransE (dot)</source>
        <translation>TransE (Skalarprodukt)</translation>
    </message>
    <message>
        <source>TransE (L1)</source>
        <translation>TransE (L1)</translation>
    </message>
    <message>
        <source>TransE (L2)</source>
        <translation>TransE (L2)</translation>
    </message>
    <message>
        <source>DistMult</source>
        <translation>DistMult</translation>
    </message>
    <message>
        <source>ComplEx</source>
        <translation>ComplEx</translation>
    </message>
    <message>
        <source>How the vectors are scored (a model file says it itself)</source>
        <translation>Wie die Vektoren bewertet werden (eine Modelldatei gibt das selbst an)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Scoring:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose File</source>
        <translation>Datei wählen</translation>
    </message>
</context>
<context>
    <name>eg::BiasMethods</name>
    <message>
        <source>Basic</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Link prediction only: the model learns whatever the graph holds, biases included.</source>
        <translation>Nur Linkvorhersage: Das Modell lernt alles, was der Graph enthält, Verzerrungen eingeschlossen.</translation>
    </message>
    <message>
        <source>KL</source>
        <translation>KL</translation>
    </message>
    <message>
        <source>Adds a KL term pulling each person&apos;s scores for the sensitive values towards uniform (Fisher et al. 2020).</source>
        <translation>Fügt einen KL-Term hinzu, der die Bewertungen jeder Person für die sensiblen Werte zur Gleichverteilung hin zieht (Fisher et al. 2020).</translation>
    </message>
    <message>
        <source>KL weight</source>
        <translation>KL-Gewicht</translation>
    </message>
    <message>
        <source>KL + Attr</source>
        <translation>KL + Attr</translation>
    </message>
    <message>
        <source>KL term plus attribute embeddings for the triples where the attribute is legitimate (Fisher et al. 2020).</source>
        <translation>KL-Term plus Attribut-Einbettungen für die Tripel, in denen das Attribut berechtigt ist (Fisher et al. 2020).</translation>
    </message>
    <message>
        <source>Adversarial filters</source>
        <translation>Adversariale Filter</translation>
    </message>
    <message>
        <source>Filters trained against a discriminator that tries to recover the attribute (Bose &amp; Hamilton 2019).</source>
        <translation>Filter, die gegen einen Diskriminator trainiert werden, der das Attribut zurückzugewinnen versucht (Bose &amp; Hamilton 2019).</translation>
    </message>
    <message>
        <source>γ</source>
        <translation>γ</translation>
    </message>
    <message>
        <source>Not available yet: the engine&apos;s debiasing trainers are still being written.</source>
        <translation>Noch nicht verfügbar: Die Trainer der Engine zum Abbau von Verzerrung werden noch geschrieben.</translation>
    </message>
</context>
<context>
    <name>eg::BiasModelList</name>
    <message>
        <source>TransE (L%1)</source>
        <translation>TransE (L%1)</translation>
    </message>
    <message>
        <source>TransE (dot)</source>
        <translation>TransE (Skalarprodukt)</translation>
    </message>
    <message>
        <source>DistMult</source>
        <translation>DistMult</translation>
    </message>
    <message>
        <source>ComplEx</source>
        <translation>ComplEx</translation>
    </message>
    <message>
        <source>%1, dim %2</source>
        <translation>%1, Dim. %2</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Im Training</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
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
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Valid MRR</source>
        <translation>Valid.-MRR</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>eg::BiasModelsView</name>
    <message>
        <source>New model</source>
        <translation>Neues Modell</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the list of models as a CSV file</source>
        <translation>Die Liste der Modelle als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Export Models</source>
        <translation>Modelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Train a model, or load embeddings, to measure their bias.</source>
        <translation>Ein Modell trainieren oder Einbettungen laden, um ihre Verzerrung zu messen.</translation>
    </message>
    <message>
        <source> · epoch %1</source>
        <translation> · Epoche %1</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source> · loss %1</source>
        <translation> · Verlust %1</translation>
    </message>
    <message>
        <source> · validation MRR %1</source>
        <translation> · Validierungs-MRR %1</translation>
    </message>
</context>
<context>
    <name>eg::BiasPage</name>
    <message>
        <source>Export &amp;Report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Educator</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Save a one-page HTML report of the current comparison</source>
        <translation>Einen einseitigen HTML-Bericht des aktuellen Vergleichs speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Train a model, or load embeddings, to measure their bias.</source>
        <translation>Ein Modell trainieren oder Einbettungen laden, um ihre Verzerrung zu messen.</translation>
    </message>
    <message>
        <source>Training %1 failed: %2</source>
        <translation>Training von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No data set.</source>
        <translation>Kein Datensatz.</translation>
    </message>
    <message>
        <source>trained on %1</source>
        <translation>trainiert auf %1</translation>
    </message>
    <message>
        <source>Train %1 on %2</source>
        <translation>%1 auf %2 trainieren</translation>
    </message>
    <message>
        <source>Load embeddings for %1</source>
        <translation>Einbettungen für %1 laden</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Trade-off sweep (%1 weights)</source>
        <translation>Abwägungsreihe (%1 Gewichte)</translation>
    </message>
    <message>
        <source>Cannot measure with these settings: %1</source>
        <translation>Mit diesen Einstellungen kann nicht gemessen werden: %1</translation>
    </message>
    <message>
        <source>Choose a sensitive relation, two different values and a target relation.</source>
        <translation>Eine sensible Relation, zwei verschiedene Werte und eine Zielrelation wählen.</translation>
    </message>
    <message>
        <source>%1 on %2: %3 people, B_p computed in %4 s.</source>
        <translation>%1 auf %2: %3 Personen, B_p in %4 s berechnet.</translation>
    </message>
    <message>
        <source>Top ±k B_p</source>
        <translation>Top ±k B_p</translation>
    </message>
    <message>
        <source>B_p against the data</source>
        <translation>B_p gegenüber den Daten</translation>
    </message>
    <message>
        <source>Two models per profession</source>
        <translation>Zwei Modelle je Beruf</translation>
    </message>
    <message>
        <source>There is no model to report on.</source>
        <translation>Es gibt kein Modell, über das berichtet werden kann.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>eg::BiasPlotsView</name>
    <message>
        <source>Choose a second model in “Compare with” to see how each profession&apos;s B_p moves between the two.</source>
        <translation>Unter „Vergleichen mit“ ein zweites Modell wählen, um zu sehen, wie sich B_p jedes Berufs zwischen beiden verschiebt.</translation>
    </message>
    <message>
        <source>Difference in scores (score units)</source>
        <translation>Unterschied der Bewertungen (Bewertungseinheiten)</translation>
    </message>
    <message>
        <source>Validation MRR (filtered)</source>
        <translation>Valid.-MRR (gefiltert)</translation>
    </message>
    <message>
        <source>The MRR-versus-bias trade-off needs a sweep of KL weights.
%1
The sweep runs as a job and draws each weight&apos;s point as it arrives.</source>
        <translation>Die Abwägung zwischen MRR und Verzerrung braucht eine Reihe von KL-Gewichten.
%1
Die Reihe läuft als Auftrag und zeichnet den Punkt jedes Gewichts, sobald er vorliegt.</translation>
    </message>
    <message>
        <source>Top ±k B_p</source>
        <translation>Top ±k B_p</translation>
    </message>
    <message>
        <source>B_p against the data</source>
        <translation>B_p gegenüber den Daten</translation>
    </message>
    <message>
        <source>Two models per profession</source>
        <translation>Zwei Modelle je Beruf</translation>
    </message>
    <message>
        <source>Quality against bias</source>
        <translation>Qualität gegenüber Verzerrung</translation>
    </message>
    <message>
        <source>B_p (score change, α = %1)</source>
        <translation>B_p (Bewertungsänderung, α = %1)</translation>
    </message>
    <message>
        <source>Data skew: log ratio towards %1</source>
        <translation>Schieflage der Daten: Log-Verhältnis zugunsten von %1</translation>
    </message>
    <message>
        <source>towards %1</source>
        <translation>zugunsten von %1</translation>
    </message>
    <message>
        <source>Spearman ρ: n/a</source>
        <translation>Spearman-ρ: n. v.</translation>
    </message>
    <message>
        <source>Spearman ρ = %1 (%2 professions)</source>
        <translation>Spearman-ρ = %1 (%2 Berufe)</translation>
    </message>
</context>
<context>
    <name>eg::BiasReport</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <source>Δ rank</source>
        <translation>Δ Rang</translation>
    </message>
    <message>
        <source>C (%1)</source>
        <translation>C (%1)</translation>
    </message>
    <message>
        <source>Data skew</source>
        <translation>Schieflage der Daten</translation>
    </message>
    <message>
        <source>Bias comparison: %1 and %2</source>
        <translation>Vergleich der Verzerrung: %1 und %2</translation>
    </message>
    <message>
        <source>Bias of %1</source>
        <translation>Verzerrung von %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>all other values</source>
        <translation>alle anderen Werte</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Sensitive relation</source>
        <translation>Sensible Relation</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>%1 (a) against %2 (b)</source>
        <translation>%1 (a) gegenüber %2 (b)</translation>
    </message>
    <message>
        <source>Target relation</source>
        <translation>Zielrelation</translation>
    </message>
    <message>
        <source>Step α</source>
        <translation>Schritt α</translation>
    </message>
    <message>
        <source>Minimum people (C_a + C_b)</source>
        <translation>Mindestzahl an Personen (C_a + C_b)</translation>
    </message>
    <message>
        <source>Rows per table</source>
        <translation>Zeilen je Tabelle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Validation MRR</source>
        <translation>Validierungs-MRR</translation>
    </message>
    <message>
        <source>People J</source>
        <translation>Personen J</translation>
    </message>
    <message>
        <source>Professions kept</source>
        <translation>Berücksichtigte Berufe</translation>
    </message>
    <message>
        <source>Spearman ρ (B_p, data skew)</source>
        <translation>Spearman-ρ (B_p, Schieflage der Daten)</translation>
    </message>
    <message>
        <source>Most biased towards %1</source>
        <translation>Am stärksten zugunsten von %1 verzerrt</translation>
    </message>
    <message>
        <source>Plots</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>B_p: mean change of a profession&apos;s score when every person is moved one step α towards a (Fisher et al., 2020). Positive: towards a.</source>
        <translation>B_p: mittlere Änderung der Bewertung eines Berufs, wenn jede Person um einen Schritt α in Richtung a verschoben wird (Fisher et al., 2020). Positiv: zugunsten von a.</translation>
    </message>
</context>
<context>
    <name>eg::BiasSettingsBar</name>
    <message>
        <source>The model whose bias the views show</source>
        <translation>Das Modell, dessen Verzerrung die Ansichten zeigen</translation>
    </message>
    <message>
        <source>A second model for the rank change, the paired plot and the educator view (same data set)</source>
        <translation>Ein zweites Modell für die Rangänderung, das Paardiagramm und die Erklärungsansicht (derselbe Datensatz)</translation>
    </message>
    <message>
        <source>The sensitive relation r_s</source>
        <translation>Die sensible Relation r_s</translation>
    </message>
    <message>
        <source>Value a: positive B_p means “towards a”</source>
        <translation>Wert a: Positives B_p bedeutet „zugunsten von a“</translation>
    </message>
    <message>
        <source>Value b, or all other values of the relation</source>
        <translation>Wert b oder alle anderen Werte der Relation</translation>
    </message>
    <message>
        <source>The target relation r_p whose values are ranked</source>
        <translation>Die Zielrelation r_p, deren Werte in eine Rangfolge gebracht werden</translation>
    </message>
    <message>
        <source>Keep professions with at least this many people with value a or b (Fisher et al.: 20)</source>
        <translation>Berufe mit mindestens so vielen Personen mit Wert a oder b berücksichtigen (Fisher et al.: 20)</translation>
    </message>
    <message>
        <source>Rows per table and bars per side of the bar chart</source>
        <translation>Zeilen je Tabelle und Balken je Seite des Balkendiagramms</translation>
    </message>
    <message>
        <source>Step length α of the move towards a (Fisher et al.: 0.01)</source>
        <translation>Schrittweite α der Verschiebung in Richtung a (Fisher et al.: 0,01)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Sensitive:</source>
        <translation>&amp;Sensibel:</translation>
    </message>
    <message>
        <source>vs</source>
        <translation>vs.</translation>
    </message>
    <message>
        <source>Min. &amp;people:</source>
        <translation>Min. &amp;Personen:</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>Ze&amp;ilen:</translation>
    </message>
    <message>
        <source>&amp;α:</source>
        <translation>&amp;α:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>all other values</source>
        <translation>alle anderen Werte</translation>
    </message>
    <message>
        <source>all others</source>
        <translation>alle anderen</translation>
    </message>
</context>
<context>
    <name>eg::BiasTableModel</name>
    <message>
        <source>Not ranked in %1 with these settings</source>
        <translation>Mit diesen Einstellungen in %1 nicht in der Rangfolge</translation>
    </message>
    <message>
        <source>Rank %1 in %2, rank %3 here</source>
        <translation>Rang %1 in %2, hier Rang %3</translation>
    </message>
    <message>
        <source>B_p: mean change of the profession&apos;s score when each person is moved one step (α) towards %1 (score units)</source>
        <translation>B_p: mittlere Änderung der Bewertung des Berufs, wenn jede Person um einen Schritt (α) in Richtung %1 verschoben wird (Bewertungseinheiten)</translation>
    </message>
    <message>
        <source>log((C_a + ½)/(C_b + ½)) − log((N_a + ½)/(N_b + ½)): the data&apos;s own skew towards %1</source>
        <translation>log((C_a + ½)/(C_b + ½)) − log((N_a + ½)/(N_b + ½)): die eigene Schieflage der Daten zugunsten von %1</translation>
    </message>
    <message>
        <source>Entities with this profession, whatever their value</source>
        <translation>Entitäten mit diesem Beruf, unabhängig von ihrem Wert</translation>
    </message>
    <message>
        <source>Rank in %1 minus rank here</source>
        <translation>Rang in %1 minus Rang hier</translation>
    </message>
    <message>
        <source>Rank in the comparison model minus rank here</source>
        <translation>Rang im Vergleichsmodell minus Rang hier</translation>
    </message>
    <message>
        <source>Δ rank vs %1</source>
        <translation>Δ Rang ggü. %1</translation>
    </message>
    <message>
        <source>Data skew (log ratio)</source>
        <translation>Schieflage der Daten (Log-Verhältnis)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <source>B_p</source>
        <translation>B_p</translation>
    </message>
    <message>
        <source>C (%1)</source>
        <translation>C (%1)</translation>
    </message>
    <message>
        <source>Skew</source>
        <translation>Schieflage</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Δ rank</source>
        <translation>Δ Rang</translation>
    </message>
</context>
<context>
    <name>eg::BiasTablesView</name>
    <message>
        <source>Search professions…</source>
        <translation>Berufe suchen…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save every row of this table, as sorted and filtered</source>
        <translation>Jede Zeile dieser Tabelle speichern, so wie sortiert und gefiltert</translation>
    </message>
    <message>
        <source>Most biased towards %1</source>
        <translation>Am stärksten zugunsten von %1 verzerrt</translation>
    </message>
    <message>
        <source>%1 of %2 professions have at least %3 people with %4 or %5; %6 people measured. Spearman ρ between B_p and the data skew: %7.</source>
        <translation>%1 von %2 Berufen haben mindestens %3 Personen mit %4 oder %5; %6 Personen gemessen. Spearman-ρ zwischen B_p und der Schieflage der Daten: %7.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n. v.</translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation>Es gibt keine Tabelle zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>eg::BiasTrainPanel</name>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <source>&amp;Load Embeddings…</source>
        <translation>Einbettungen &amp;laden…</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Train a model on the data set; progress and Cancel are in the jobs panel</source>
        <translation>Ein Modell auf dem Datensatz trainieren; Fortschritt und Abbrechen stehen im Auftragsbereich</translation>
    </message>
    <message>
        <source>Add embeddings trained elsewhere (.egm, .npy with name maps, word2vec text) for the chosen data set</source>
        <translation>Anderswo trainierte Einbettungen (.egm, .npy mit Namenszuordnungen, word2vec-Text) für den gewählten Datensatz hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Data set:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <source>M&amp;ethod:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewicht:</translation>
    </message>
    <message>
        <source>&amp;Settings:</source>
        <translation>&amp;Einstellungen:</translation>
    </message>
    <message>
        <source>Sc&amp;oring:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <source>D&amp;imension:</source>
        <translation>D&amp;imension:</translation>
    </message>
    <message>
        <source>E&amp;pochs:</source>
        <translation>E&amp;pochen:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>eg::CandidateModel</name>
    <message>
        <source>✓ same</source>
        <translation>✓ dieselbe</translation>
    </message>
    <message>
        <source>✗ different</source>
        <translation>✗ verschieden</translation>
    </message>
    <message>
        <source>? unsure</source>
        <translation>? unsicher</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Graph 1</source>
        <translation>Graph 1</translation>
    </message>
    <message>
        <source>Graph 2</source>
        <translation>Graph 2</translation>
    </message>
    <message>
        <source>Score (hidden)</source>
        <translation>Bewertung (verborgen)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
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
        <source>Demo world</source>
        <translation>Demo-Welt</translation>
    </message>
    <message>
        <source>Session %1 is open.</source>
        <translation>Sitzung %1 ist geöffnet.</translation>
    </message>
    <message>
        <source>The session is read-only: %1</source>
        <translation>Die Sitzung ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Could not create the session %1:</source>
        <translation>Die Sitzung %1 konnte nicht angelegt werden:</translation>
    </message>
    <message>
        <source>The session %1 is already open.</source>
        <translation>Die Sitzung %1 ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Could not open the session %1:</source>
        <translation>Die Sitzung %1 konnte nicht geöffnet werden:</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Keine Sitzung geöffnet.</translation>
    </message>
    <message>
        <source>The session is read-only (%1). Use Save As to continue in a copy.</source>
        <translation>Die Sitzung ist schreibgeschützt (%1). Mit „Speichern unter“ in einer Kopie weiterarbeiten.</translation>
    </message>
    <message>
        <source>Could not save the session:</source>
        <translation>Die Sitzung konnte nicht gespeichert werden:</translation>
    </message>
    <message>
        <source>Saved the session %1.</source>
        <translation>Die Sitzung %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Save Session As</source>
        <translation>Sitzung speichern unter</translation>
    </message>
    <message>
        <source>Could not save the session as %1:</source>
        <translation>Die Sitzung konnte nicht als %1 gespeichert werden:</translation>
    </message>
    <message>
        <source>Saved the session as %1; it is the current session now.</source>
        <translation>Die Sitzung wurde als %1 gespeichert; sie ist jetzt die aktuelle Sitzung.</translation>
    </message>
</context>
<context>
    <name>eg::DatasetPanel</name>
    <message>
        <source>No recent sessions.</source>
        <translation>Noch keine Sitzungen geöffnet.</translation>
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
    <message>
        <source>Current: %1</source>
        <translation>Aktuell: %1</translation>
    </message>
    <message>
        <source>Read-only: changes are not saved.</source>
        <translation>Schreibgeschützt: Änderungen werden nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>eg::DecisionModel</name>
    <message>
        <source>undo (of #%1)</source>
        <translation>Rücknahme (von #%1)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>eg::EducatorScene</name>
    <message>
        <source>moved (α = %1)</source>
        <translation>verschoben (α = %1)</translation>
    </message>
    <message>
        <source>+ %1</source>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>PC 1 (%1 % of variance)</source>
        <translation>HK 1 (%1 % der Varianz)</translation>
    </message>
    <message>
        <source>PC 2 (%1 % of variance)</source>
        <translation>HK 2 (%1 % der Varianz)</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <source>Most likely %1 of %2 at α = %3:</source>
        <translation>Wahrscheinlichste Werte von %1 für %2 bei α = %3:</translation>
    </message>
    <message>
        <source>This model scores by distance: the nearer a %1 lies to “+ %1” in the full space, the likelier it is.</source>
        <translation>Dieses Modell bewertet nach Abstand: Je näher ein Wert von %1 im vollen Raum bei „+ %1“ liegt, desto wahrscheinlicher ist er.</translation>
    </message>
    <message>
        <source>This model scores with a dot product: the likeliest %1 is the one furthest along “+ %1”, not the nearest point.</source>
        <translation>Dieses Modell bewertet mit einem Skalarprodukt: Der wahrscheinlichste Wert von %1 ist der, der am weitesten entlang „+ %1“ liegt, nicht der nächstgelegene Punkt.</translation>
    </message>
    <message>
        <source>Large dot: %1; hollow: moved by α along the direction that raises the score of %2 over %3. Dashed arrows: the person plus the %4 relation and plus the %5 relation. Axes: the first two principal components of the vectors shown.</source>
        <translation>Großer Punkt: %1; hohl: um α in die Richtung verschoben, die die Bewertung von %2 gegenüber %3 erhöht. Gestrichelte Pfeile: die Person plus die Relation %4 und plus die Relation %5. Achsen: die ersten beiden Hauptkomponenten der gezeigten Vektoren.</translation>
    </message>
</context>
<context>
    <name>eg::EducatorView</name>
    <message>
        <source>Type a person&apos;s name…</source>
        <translation>Namen einer Person eingeben…</translation>
    </message>
    <message>
        <source>Move the person along the gradient of m(e) = g(e, r_s, a) − g(e, r_s, b): right towards a, left towards b</source>
        <translation>Die Person entlang des Gradienten von m(e) = g(e, r_s, a) − g(e, r_s, b) verschieben: nach rechts Richtung a, nach links Richtung b</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>α:</source>
        <translation>α:</translation>
    </message>
    <message>
        <source>The bias score moves each person a small step α in the direction that makes the model more sure they are %1 rather than %2, and measures how the scores of the professions change. Drag α to make that step large and see which professions the model then finds most likely.</source>
        <translation>Der Verzerrungswert verschiebt jede Person um einen kleinen Schritt α in die Richtung, in der das Modell sicherer ist, dass sie eher %1 als %2 ist, und misst, wie sich die Bewertungen der Berufe ändern. α ziehen, um diesen Schritt groß zu machen, und sehen, welche Berufe das Modell dann für am wahrscheinlichsten hält.</translation>
    </message>
    <message>
        <source>a</source>
        <translation>a</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>Choose a person.</source>
        <translation>Eine Person wählen.</translation>
    </message>
    <message>
        <source>Train or load a model first.</source>
        <translation>Zuerst ein Modell trainieren oder laden.</translation>
    </message>
    <message>
        <source>α = %1 (%2 %)</source>
        <translation>α = %1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>eg::EmbeddingLoader</name>
    <message>
        <source>%1 of the data set&apos;s %2 entities have no vector in the file: the embeddings belong to another data set</source>
        <translation>%1 der %2 Entitäten des Datensatzes haben keinen Vektor in der Datei: Die Einbettungen gehören zu einem anderen Datensatz</translation>
    </message>
    <message>
        <source>none of the data set&apos;s relations has a vector in the file</source>
        <translation>keine Relation des Datensatzes hat einen Vektor in der Datei</translation>
    </message>
    <message>
        <source>loaded from %1</source>
        <translation>geladen aus %1</translation>
    </message>
    <message>
        <source>%1 entities without a vector (zero rows)</source>
        <translation>%1 Entitäten ohne Vektor (Nullzeilen)</translation>
    </message>
    <message>
        <source>%1 relations without a vector (zero rows)</source>
        <translation>%1 Relationen ohne Vektor (Nullzeilen)</translation>
    </message>
    <message>
        <source>%1 vectors of entities the data set does not have</source>
        <translation>%1 Vektoren von Entitäten, die der Datensatz nicht hat</translation>
    </message>
</context>
<context>
    <name>eg::EmbeddingScatterPlot</name>
    <message>
        <source>Principal component 1</source>
        <translation>Hauptkomponente 1</translation>
    </message>
    <message>
        <source>Principal component 2</source>
        <translation>Hauptkomponente 2</translation>
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
    <name>eg::LossCurvePlot</name>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Training loss (mean over the epoch&apos;s batches)</source>
        <translation>Trainingsverlust (Mittel über die Batches der Epoche)</translation>
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
    <message>
        <source>Every change is saved at once; this also folds the write-ahead log into the session file.</source>
        <translation>Jede Änderung wird sofort gespeichert; dies überträgt zusätzlich das Write-Ahead-Log in die Sitzungsdatei.</translation>
    </message>
    <message>
        <source>Train an embedding model on the data set in use; the run and every epoch are recorded in the session.</source>
        <translation>Ein Einbettungsmodell auf dem verwendeten Datensatz trainieren; der Lauf und jede Epoche werden in der Sitzung festgehalten.</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;Neue Sitzung…</translation>
    </message>
    <message>
        <source>Start a new session file; the data set in use is recorded in it.</source>
        <translation>Eine neue Sitzungsdatei beginnen; der verwendete Datensatz wird darin festgehalten.</translation>
    </message>
    <message>
        <source>&amp;Train a Model…</source>
        <translation>Modell &amp;trainieren…</translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation>Keine Sitzung geöffnet.</translation>
    </message>
    <message>
        <source>The session is read-only; use Save As to continue in a copy.</source>
        <translation>Die Sitzung ist schreibgeschützt; mit „Speichern unter“ in einer Kopie weiterarbeiten.</translation>
    </message>
    <message>
        <source>The session is read-only: a run could not be recorded. Use Save As to continue in a writable copy.</source>
        <translation>Die Sitzung ist schreibgeschützt: Ein Lauf konnte nicht festgehalten werden. Mit „Speichern unter“ in einer beschreibbaren Kopie weiterarbeiten.</translation>
    </message>
    <message>
        <source>Load a data set (or the demo world) first.</source>
        <translation>Zuerst einen Datensatz (oder die Demo-Welt) laden.</translation>
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
        <translation>Noch keine Sitzungen geöffnet</translation>
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
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>New Session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name for the new session.</source>
        <translation>%1 existiert bereits. Die Datei öffnen oder einen anderen Namen für die neue Sitzung wählen.</translation>
    </message>
    <message>
        <source>The session %1 no longer exists; it was removed from the list.</source>
        <translation>Die Sitzung %1 existiert nicht mehr; sie wurde aus der Liste entfernt.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>eg::NeighbourhoodView</name>
    <message>
        <source>No candidate selected.</source>
        <translation>Kein Kandidat ausgewählt.</translation>
    </message>
    <message>
        <source>Graph 1: </source>
        <translation>Graph 1: </translation>
    </message>
    <message>
        <source>Graph 2: </source>
        <translation>Graph 2: </translation>
    </message>
    <message>
        <source>type unknown</source>
        <translation>Typ unbekannt</translation>
    </message>
    <message>
        <source>type %1: %2</source>
        <translation>Typ %1: %2</translation>
    </message>
    <message>
        <source>No neighbours to show: a names-only run, or isolated entities.</source>
        <translation>Keine Nachbarn anzuzeigen: ein Lauf nur mit Namen oder isolierte Entitäten.</translation>
    </message>
    <message>
        <source>attention γ:</source>
        <translation>Aufmerksamkeit γ:</translation>
    </message>
    <message>
        <source>shared neighbour, training link</source>
        <translation>gemeinsamer Nachbar, Trainingsverknüpfung</translation>
    </message>
    <message>
        <source>predicted link</source>
        <translation>vorhergesagte Verknüpfung</translation>
    </message>
    <message>
        <source>%1
%2
%3 %4
α %5  β %6  γ %7</source>
        <translation>%1
%2
%3 %4
α %5  β %6  γ %7</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>ausgehend</translation>
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
    <name>eg::PlotExportButton</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save this plot as a PNG image, a PDF document or an SVG drawing</source>
        <translation>Dieses Diagramm als PNG-Bild, PDF-Dokument oder SVG-Zeichnung speichern</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG-Bild…</translation>
    </message>
    <message>
        <source>PDF document…</source>
        <translation>PDF-Dokument…</translation>
    </message>
    <message>
        <source>SVG drawing…</source>
        <translation>SVG-Zeichnung…</translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
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
    <name>eg::ReviewController</name>
    <message>
        <source>undo of &quot;%1&quot;</source>
        <translation>Rücknahme von „%1“</translation>
    </message>
    <message>
        <source>There is no alignment run %1 in the session.</source>
        <translation>In der Sitzung gibt es keinen Abgleichslauf %1.</translation>
    </message>
    <message>
        <source>No session is open: decisions cannot be recorded.</source>
        <translation>Keine Sitzung geöffnet: Entscheidungen können nicht festgehalten werden.</translation>
    </message>
    <message>
        <source>The session is read-only (%1): decisions cannot be recorded.</source>
        <translation>Die Sitzung ist schreibgeschützt (%1): Entscheidungen können nicht festgehalten werden.</translation>
    </message>
    <message>
        <source>%1 %2 = %3</source>
        <translation>%1 %2 = %3</translation>
    </message>
    <message>
        <source>bulk approve: score &gt;= %1</source>
        <translation>Sammelannahme: Bewertung &gt;= %1</translation>
    </message>
    <message>
        <source>approve %1 pairs with score &gt;= %2</source>
        <translation>%1 Paare mit Bewertung &gt;= %2 annehmen</translation>
    </message>
    <message numerus="yes">
        <source>record %n decision(s)</source>
        <translation>
            <numerusform>%n Entscheidung festhalten</numerusform>
            <numerusform>%n Entscheidungen festhalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eg::RunsModel</name>
    <message>
        <source>TransE L%1 · %2</source>
        <translation>TransE L%1 · %2</translation>
    </message>
    <message>
        <source>TransE (dot) · %1</source>
        <translation>TransE (Skalarprodukt) · %1</translation>
    </message>
    <message>
        <source>DistMult · %1</source>
        <translation>DistMult · %1</translation>
    </message>
    <message>
        <source>ComplEx · %1</source>
        <translation>ComplEx · %1</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
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
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>test split</source>
        <translation>Testmenge</translation>
    </message>
    <message>
        <source>validation split</source>
        <translation>Validierungsmenge</translation>
    </message>
    <message>
        <source>Filtered MRR %1, Hits@10 %2 (%3)</source>
        <translation>Gefilterter MRR %1, Hits@10 %2 (%3)</translation>
    </message>
    <message>
        <source>Equigraph ended while this run trained; its epochs up to the last one recorded are kept.</source>
        <translation>Equigraph wurde beendet, während dieser Lauf trainierte; seine Epochen bis zur zuletzt festgehaltenen bleiben erhalten.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
</context>
<context>
    <name>eg::RunsPanel</name>
    <message>
        <source>No session is open.</source>
        <translation>Keine Sitzung geöffnet.</translation>
    </message>
    <message>
        <source>The runs could not be read: %1</source>
        <translation>Die Läufe konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No training runs in this session yet. Load a data set, then train a model: each run and every epoch is recorded here.</source>
        <translation>Noch keine Trainingsläufe in dieser Sitzung. Einen Datensatz laden, dann ein Modell trainieren: Jeder Lauf und jede Epoche wird hier festgehalten.</translation>
    </message>
</context>
<context>
    <name>eg::SessionBanner</name>
    <message>
        <source>Another Equigraph has it open for writing.</source>
        <translation>Ein anderes Equigraph hat sie zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>Its folder is not writable.</source>
        <translation>Ihr Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>This session is open read-only.</source>
        <translation>Diese Sitzung ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Nothing you do here is saved to it: training and other changes are turned off. Use Save As to continue in a writable copy.</source>
        <translation>Nichts, was Sie hier tun, wird darin gespeichert: Training und andere Änderungen sind abgeschaltet. Mit „Speichern unter“ in einer beschreibbaren Kopie weiterarbeiten.</translation>
    </message>
    <message>
        <source>(Details: %1.)</source>
        <translation>(Details: %1.)</translation>
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
    <message>
        <source>No session</source>
        <translation>Keine Sitzung</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Session file %1; every change is saved at once.</source>
        <translation>Sitzungsdatei %1; jede Änderung wird sofort gespeichert.</translation>
    </message>
</context>
<context>
    <name>eg::ThresholdComparisonModel</name>
    <message>
        <source>OPIS</source>
        <translation>OPIS</translation>
    </message>
    <message>
        <source>ε-OPIS</source>
        <translation>ε-OPIS</translation>
    </message>
    <message>
        <source>Recall@1</source>
        <translation>Recall@1</translation>
    </message>
    <message>
        <source>MAP@R</source>
        <translation>MAP@R</translation>
    </message>
    <message>
        <source>Calibration range</source>
        <translation>Kalibrierbereich</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Trainingsdauer</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Model A</source>
        <translation>Modell A</translation>
    </message>
    <message>
        <source>Model B</source>
        <translation>Modell B</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>eg::ThresholdData</name>
    <message>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>Built-in synthetic set</source>
        <translation>Synthetisch (eingebaut)</translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation>T-Shirt/Top</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>Hose</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>Pullover</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>Kleid</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>Mantel</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>Sandale</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>Hemd</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>Sneaker</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>Tasche</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>Stiefelette</translation>
    </message>
    <message>
        <source>%1, unseen classes 5-9</source>
        <translation>%1, ungesehene Klassen 5–9</translation>
    </message>
</context>
<context>
    <name>eg::ThresholdJob</name>
    <message>
        <source>ArcFace</source>
        <translation>ArcFace</translation>
    </message>
    <message>
        <source>Proxy-Anchor</source>
        <translation>Proxy-Anchor</translation>
    </message>
    <message>
        <source>%1 + TCM, seed %2</source>
        <translation>%1 + TCM, Startwert %2</translation>
    </message>
    <message>
        <source>%1, seed %2</source>
        <translation>%1, Startwert %2</translation>
    </message>
</context>
<context>
    <name>eg::ThresholdPage</name>
    <message>
        <source>Model &amp;A</source>
        <translation>Modell &amp;A</translation>
    </message>
    <message>
        <source>Model &amp;B</source>
        <translation>Modell &amp;B</translation>
    </message>
    <message>
        <source>Utility curves</source>
        <translation>Nutzenkurven</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>Embeddings (PCA)</source>
        <translation>Einbettungen (PCA)</translation>
    </message>
    <message>
        <source>%1: epoch %2, loss %3</source>
        <translation>%1: Epoche %2, Verlust %3</translation>
    </message>
    <message>
        <source>Training ended without a model (see the jobs panel).</source>
        <translation>Das Training endete ohne Modell (siehe Auftragsbereich).</translation>
    </message>
    <message>
        <source>Train %1 on %2 (base and base + TCM)</source>
        <translation>%1 auf %2 trainieren (Basis und Basis + TCM)</translation>
    </message>
    <message>
        <source>ArcFace</source>
        <translation>ArcFace</translation>
    </message>
    <message>
        <source>Proxy-Anchor</source>
        <translation>Proxy-Anchor</translation>
    </message>
    <message>
        <source>A training job of this page is already running.</source>
        <translation>Ein Trainingsauftrag dieser Seite läuft bereits.</translation>
    </message>
    <message>
        <source>Training on %1…</source>
        <translation>Training auf %1…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Train a model to see its utility curves</source>
        <translation>Ein Modell trainieren, um seine Nutzenkurven zu sehen</translation>
    </message>
    <message>
        <source>Train a model to see its embeddings</source>
        <translation>Ein Modell trainieren, um seine Einbettungen zu sehen</translation>
    </message>
    <message>
        <source>Train a model on Fashion-MNIST (or the built-in synthetic set) to measure its threshold consistency.</source>
        <translation>Ein Modell auf Fashion-MNIST (oder dem eingebauten synthetischen Datensatz) trainieren, um seine Schwellenwert-Konsistenz zu messen.</translation>
    </message>
    <message>
        <source>Fashion-MNIST is not installed (Debian package dataset-fashion-mnist): the built-in synthetic set is used.</source>
        <translation>Fashion-MNIST ist nicht installiert (Debian-Paket dataset-fashion-mnist): Der eingebaute synthetische Datensatz wird verwendet.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: evaluation embeddings, first two principal components</source>
        <translation>%1: Auswertungs-Einbettungen, erste zwei Hauptkomponenten</translation>
    </message>
    <message>
        <source>&lt;b&gt;OPIS %1&lt;/b&gt; · ε-OPIS %2 · Recall@1 %3</source>
        <translation>&lt;b&gt;OPIS %1&lt;/b&gt; · ε-OPIS %2 · Recall@1 %3</translation>
    </message>
    <message>
        <source>%1 on %2: %3 items, %4 classes, measured in %5 s.</source>
        <translation>%1 auf %2: %3 Elemente, %4 Klassen, gemessen in %5 s.</translation>
    </message>
    <message>
        <source>d = %1 (global FAR %2 %)</source>
        <translation>d = %1 (globale FAR %2 %)</translation>
    </message>
    <message>
        <source>The threshold report of %1 was not stored: %2</source>
        <translation>Der Schwellenwertbericht von %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>%1 messen</translation>
    </message>
    <message>
        <source>Measure Embeddings</source>
        <translation>Einbettungen messen</translation>
    </message>
    <message>
        <source>Labelled embeddings (*.csv *.npy);;CSV files (*.csv);;NumPy arrays (*.npy)</source>
        <translation>Beschriftete Einbettungen (*.csv *.npy);;CSV-Dateien (*.csv);;NumPy-Arrays (*.npy)</translation>
    </message>
    <message>
        <source>Labels of %1</source>
        <translation>Klassenlabels von %1</translation>
    </message>
    <message>
        <source>Labels, one integer a line (*)</source>
        <translation>Klassenlabels, eine ganze Zahl je Zeile (*)</translation>
    </message>
    <message>
        <source>There is no model to export.</source>
        <translation>Es gibt kein Modell zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>OPIS of two models</source>
        <translation>OPIS zweier Modelle</translation>
    </message>
    <message>
        <source>Model A:</source>
        <translation>Modell A:</translation>
    </message>
    <message>
        <source>Model B:</source>
        <translation>Modell B:</translation>
    </message>
    <message>
        <source>One global threshold</source>
        <translation>Ein globaler Schwellenwert</translation>
    </message>
    <message>
        <source>Distance threshold: pairs at or below it are declared a match</source>
        <translation>Abstandsschwelle: Paare auf oder unter ihr gelten als Treffer</translation>
    </message>
    <message>
        <source>Export tables</source>
        <translation>Tabellen exportieren</translation>
    </message>
    <message>
        <source>FAR / FRR table (CSV)…</source>
        <translation>FAR-/FRR-Tabelle (CSV)…</translation>
    </message>
    <message>
        <source>Comparison table (CSV)…</source>
        <translation>Vergleichstabelle (CSV)…</translation>
    </message>
    <message>
        <source>Utility curves (CSV)…</source>
        <translation>Nutzenkurven (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Measure a File…</source>
        <translation>Datei &amp;messen…</translation>
    </message>
    <message>
        <source>Measure labelled embeddings trained elsewhere: a CSV file (label,value,…) or a .npy array with a labels file</source>
        <translation>Anderswo trainierte, beschriftete Einbettungen messen: eine CSV-Datei (Label,Wert,…) oder ein .npy-Array mit einer Label-Datei</translation>
    </message>
</context>
<context>
    <name>eg::ThresholdPanel</name>
    <message>
        <source>reference links</source>
        <translation>Referenzpaare</translation>
    </message>
    <message>
        <source>my decisions</source>
        <translation>meine Entscheidungen</translation>
    </message>
    <message>
        <source>What counts as a true match: the data set&apos;s reference links, or the pairs approved so far (rejected ones are non-matches).</source>
        <translation>Was als echter Treffer gilt: die Referenzpaare des Datensatzes oder die bisher angenommenen Paare (abgelehnte gelten als Nicht-Treffer).</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Maßstab:</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Schwelle:</translation>
    </message>
    <message>
        <source>&lt;b&gt;actual \ decision&lt;/b&gt;</source>
        <translation>&lt;b&gt;tatsächlich \ Entscheidung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;accept&lt;/b&gt;</source>
        <translation>&lt;b&gt;annehmen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;reject&lt;/b&gt;</source>
        <translation>&lt;b&gt;ablehnen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>true positives</source>
        <translation>richtig positiv</translation>
    </message>
    <message>
        <source>false negatives</source>
        <translation>falsch negativ</translation>
    </message>
    <message>
        <source>false positives</source>
        <translation>falsch positiv</translation>
    </message>
    <message>
        <source>true negatives</source>
        <translation>richtig negativ</translation>
    </message>
    <message>
        <source>This run has no reference links.</source>
        <translation>Dieser Lauf hat keine Referenzpaare.</translation>
    </message>
    <message>
        <source>No decisions yet: approve or reject a few pairs.</source>
        <translation>Erst einige Paare annehmen oder ablehnen.</translation>
    </message>
    <message>
        <source>No labelled pairs.</source>
        <translation>Keine Paare mit bekannter Zuordnung.</translation>
    </message>
    <message>
        <source>At %1 over %2 labelled pairs: precision %3, recall %4, F1 %5</source>
        <translation>Bei %1 über %2 Paare mit bekannter Zuordnung: Präzision %3, Trefferquote %4, F1 %5</translation>
    </message>
    <message numerus="yes">
        <source>Approve %n pending pair(s) with score ≥ %1</source>
        <translation>
            <numerusform>Offenes Paar ≥ %1 annehmen (%n)</numerusform>
            <numerusform>Offene Paare ≥ %1 annehmen (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eg::ThresholdPlot</name>
    <message>
        <source>precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>threshold (accept when score ≥ threshold)</source>
        <translation>Schwelle (annehmen bei Bewertung ≥ Schwelle)</translation>
    </message>
</context>
<context>
    <name>eg::ThresholdRatesModel</name>
    <message>
        <source>In the worst ε share of classes (lowest mean utility over the calibration range)</source>
        <translation>Im schlechtesten Anteil ε der Klassen (niedrigster mittlerer Nutzen über den Kalibrierbereich)</translation>
    </message>
    <message>
        <source>All pairs (pooled)</source>
        <translation>Alle Paare (zusammengefasst)</translation>
    </message>
    <message>
        <source>%1 (worst ε)</source>
        <translation>%1 (schlechteste ε)</translation>
    </message>
    <message>
        <source>False-accept rate: share of the class&apos;s negative pairs with distance ≤ d</source>
        <translation>Falschannahmerate: Anteil der negativen Paare der Klasse mit Abstand ≤ d</translation>
    </message>
    <message>
        <source>False-reject rate: share of the class&apos;s positive pairs with distance &gt; d</source>
        <translation>Falschrückweisungsrate: Anteil der positiven Paare der Klasse mit Abstand &gt; d</translation>
    </message>
    <message>
        <source>Class utility minus the pooled utility at d</source>
        <translation>Nutzen der Klasse minus zusammengefasster Nutzen bei d</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>FAR</source>
        <translation>FAR</translation>
    </message>
    <message>
        <source>FRR</source>
        <translation>FRR</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>U − Ū</source>
        <translation>U − Ū</translation>
    </message>
</context>
<context>
    <name>eg::ThresholdTrainBar</name>
    <message>
        <source>TCM m⁺: positive pairs with cosine ≤ m⁺ count (reference: 0.9)</source>
        <translation>TCM m⁺: positive Paare mit Kosinus ≤ m⁺ zählen (Referenz: 0,9)</translation>
    </message>
    <message>
        <source>TCM m⁻: negative pairs with cosine ≥ m⁻ count (reference: 0.5)</source>
        <translation>TCM m⁻: negative Paare mit Kosinus ≥ m⁻ zählen (Referenz: 0,5)</translation>
    </message>
    <message>
        <source>TCM λ⁺: weight of the hard-positive term (reference: 1)</source>
        <translation>TCM λ⁺: Gewicht des Terms für schwierige positive Paare (Referenz: 1)</translation>
    </message>
    <message>
        <source>TCM λ⁻: weight of the hard-negative term (reference: 1)</source>
        <translation>TCM λ⁻: Gewicht des Terms für schwierige negative Paare (Referenz: 1)</translation>
    </message>
    <message>
        <source>&amp;Train base and base + TCM</source>
        <translation>Basis und +TCM &amp;trainieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Install Debian&apos;s dataset-fashion-mnist package</source>
        <translation>Das Debian-Paket dataset-fashion-mnist installieren</translation>
    </message>
    <message>
        <source>Open world: train on classes 0-4, measure on the unseen 5-9</source>
        <translation>Offene Welt: auf den Klassen 0–4 trainieren, auf den ungesehenen 5–9 messen</translation>
    </message>
    <message>
        <source>Proxy-Anchor</source>
        <translation>Proxy-Anchor</translation>
    </message>
    <message>
        <source>ArcFace</source>
        <translation>ArcFace</translation>
    </message>
    <message>
        <source>Epochs per model</source>
        <translation>Epochen je Modell</translation>
    </message>
    <message>
        <source>Seed of both models (same initial weights, same batches)</source>
        <translation>Startwert beider Modelle (gleiche Anfangsgewichte, gleiche Batches)</translation>
    </message>
    <message>
        <source>Train the base loss alone and with the TCM regulariser, then measure both on the unseen classes</source>
        <translation>Die Basis-Verlustfunktion allein und mit dem TCM-Regularisierer trainieren, dann beide auf den ungesehenen Klassen messen</translation>
    </message>
    <message>
        <source>Readings of the reference (parameters; defaults): utility = F₁ of TPR and TNR; Ū pooled over all pairs; calibration range at global FAR 1 %–10 %, 101 thresholds; ε = 10 % of classes; L2 distance.</source>
        <translation>Lesart der Referenz (Parameter; Vorgaben): Nutzen = F₁ aus TPR und TNR; Ū über alle Paare zusammengefasst; Kalibrierbereich bei globaler FAR 1 %–10 %, 101 Schwellenwerte; ε = 10 % der Klassen; L2-Abstand.</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Daten:</translation>
    </message>
    <message>
        <source>&amp;Loss:</source>
        <translation>&amp;Verlust:</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <source>TCM:</source>
        <translation>TCM:</translation>
    </message>
    <message>
        <source>m⁺</source>
        <translation>m⁺</translation>
    </message>
    <message>
        <source>m⁻</source>
        <translation>m⁻</translation>
    </message>
    <message>
        <source>λ⁺</source>
        <translation>λ⁺</translation>
    </message>
    <message>
        <source>λ⁻</source>
        <translation>λ⁻</translation>
    </message>
</context>
<context>
    <name>eg::TradeoffPlot</name>
    <message>
        <source>w = %1</source>
        <translation>w = %1</translation>
    </message>
</context>
<context>
    <name>eg::TrainDialog</name>
    <message>
        <source>Rank the &amp;test split when training ends</source>
        <translation>Nach dem Training die &amp;Testmenge auswerten (Ranking)</translation>
    </message>
    <message>
        <source>Train a Model</source>
        <translation>Modell trainieren</translation>
    </message>
    <message>
        <source>L1 (Manhattan)</source>
        <translation>L1 (Manhattan)</translation>
    </message>
    <message>
        <source>L2 (Euclidean)</source>
        <translation>L2 (euklidisch)</translation>
    </message>
    <message>
        <source>Margin ranking</source>
        <translation>Margin-Ranking</translation>
    </message>
    <message>
        <source>Self-adversarial</source>
        <translation>Selbst-adversarial</translation>
    </message>
    <message>
        <source>Softmax over negatives</source>
        <translation>Softmax über Negativbeispiele</translation>
    </message>
    <message>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Positive triples per batch; automatic splits each epoch into the preset&apos;s number of batches.</source>
        <translation>Positive Tripel je Batch; „automatisch“ teilt jede Epoche in die Batch-Anzahl der Voreinstellung.</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <source>With one thread and a fixed seed, a run is reproducible bit for bit.</source>
        <translation>Mit einem Thread und festem Startwert ist ein Lauf bitgenau reproduzierbar.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Filtered MRR on (a sample of) the validation split every n epochs; shown as the run goes and kept with each epoch.</source>
        <translation>Gefilterter MRR auf (einer Stichprobe) der Validierungsmenge alle n Epochen; wird während des Laufs angezeigt und mit jeder Epoche gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <source>Model and objective</source>
        <translation>Modell und Zielfunktion</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Voreinstellung:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation>&amp;Dimension:</translation>
    </message>
    <message>
        <source>&amp;Norm:</source>
        <translation>&amp;Norm:</translation>
    </message>
    <message>
        <source>&amp;Loss:</source>
        <translation>Verl&amp;ust:</translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation>&amp;Optimierer:</translation>
    </message>
    <message>
        <source>Learning &amp;rate:</source>
        <translation>Lern&amp;rate:</translation>
    </message>
    <message>
        <source>M&amp;argin:</source>
        <translation>M&amp;argin:</translation>
    </message>
    <message>
        <source>Ne&amp;gatives per positive:</source>
        <translation>Ne&amp;gative je positivem Tripel:</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batchgröße:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <source>T&amp;hreads:</source>
        <translation>T&amp;hreads:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <source>&amp;Validate every:</source>
        <translation>Validieren a&amp;lle:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Dot-form TransE for the built-in demo world; trains in seconds.</source>
        <translation>TransE in Skalarprodukt-Form für die eingebaute Demo-Welt; trainiert in Sekunden.</translation>
    </message>
    <message>
        <source>Classic TransE as Fast-TransX trains it (L1 distance, margin 1, SGD).</source>
        <translation>Klassisches TransE, wie Fast-TransX es trainiert (L1-Abstand, Margin 1, SGD).</translation>
    </message>
    <message>
        <source>Dot-form TransE as Fisher et al. trained it with PyTorch-BigGraph (softmax over 1,000 negatives, Adagrad).</source>
        <translation>TransE in Skalarprodukt-Form, wie Fisher et al. es mit PyTorch-BigGraph trainierten (Softmax über 1.000 Negativbeispiele, Adagrad).</translation>
    </message>
    <message>
        <source>TransE (distance)</source>
        <translation>TransE (Abstand)</translation>
    </message>
    <message>
        <source>TransE (dot product)</source>
        <translation>TransE (Skalarprodukt)</translation>
    </message>
    <message>
        <source>DistMult</source>
        <translation>DistMult</translation>
    </message>
    <message>
        <source>ComplEx</source>
        <translation>ComplEx</translation>
    </message>
    <message>
        <source>%1, dimension %2</source>
        <translation>%1, Dimension %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>The seed must be a whole number of at most 20 digits.</source>
        <translation>Der Startwert muss eine ganze Zahl mit höchstens 20 Ziffern sein.</translation>
    </message>
    <message>
        <source>The seed must be below 2^64.</source>
        <translation>Der Startwert muss kleiner als 2^64 sein.</translation>
    </message>
    <message>
        <source>No data set is loaded: load one (or the demo world) first.</source>
        <translation>Kein Datensatz geladen: zuerst einen (oder die Demo-Welt) laden.</translation>
    </message>
    <message>
        <source>Trains on %1 (%2 training triples).</source>
        <translation>Trainiert auf %1 (%2 Trainingstripel).</translation>
    </message>
    <message>
        <source>No session is open: the run will not be recorded.</source>
        <translation>Keine Sitzung geöffnet: Der Lauf wird nicht festgehalten.</translation>
    </message>
    <message>
        <source>The session is read-only: the run will not be recorded.</source>
        <translation>Die Sitzung ist schreibgeschützt: Der Lauf wird nicht festgehalten.</translation>
    </message>
    <message>
        <source>The run and every epoch are recorded in %1.</source>
        <translation>Der Lauf und jede Epoche werden in %1 festgehalten.</translation>
    </message>
</context>
<context>
    <name>eg::TrainingCurvePlot</name>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Validation MRR</source>
        <translation>Validierungs-MRR</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Loss (mean per positive)</source>
        <translation>Verlust (je Positivbeispiel)</translation>
    </message>
    <message>
        <source>Validation MRR (filtered)</source>
        <translation>Valid.-MRR (gefiltert)</translation>
    </message>
</context>
<context>
    <name>eg::TrainingService</name>
    <message>
        <source>%1: no session is open, so the run is not recorded.</source>
        <translation>%1: Keine Sitzung geöffnet, daher wird der Lauf nicht festgehalten.</translation>
    </message>
    <message>
        <source>%1: the session is read-only, so the run is not recorded.</source>
        <translation>%1: Die Sitzung ist schreibgeschützt, daher wird der Lauf nicht festgehalten.</translation>
    </message>
    <message>
        <source>%1: load a data set first.</source>
        <translation>%1: zuerst einen Datensatz laden.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>eg::UtilityCurvePlot</name>
    <message>
        <source>Distance threshold d</source>
        <translation>Abstandsschwelle d</translation>
    </message>
    <message>
        <source>Utility U(d) = F₁(TPR, TNR)</source>
        <translation>Nutzen U(d) = F₁(TPR, TNR)</translation>
    </message>
    <message>
        <source>calibration
range</source>
        <translation>Kalibrier-
bereich</translation>
    </message>
    <message>
        <source>%1 (worst ε)</source>
        <translation>%1 (schlechteste ε)</translation>
    </message>
    <message>
        <source>Pooled Ū (all pairs)</source>
        <translation>Zusammengefasstes Ū (alle Paare)</translation>
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
<context>
    <name>eg::Workspace</name>
    <message>
        <source>Recorded the data set %1 in the session.</source>
        <translation>Den Datensatz %1 in der Sitzung festgehalten.</translation>
    </message>
    <message>
        <source>Could not record the data set in the session: %1</source>
        <translation>Der Datensatz konnte nicht in der Sitzung festgehalten werden: %1</translation>
    </message>
</context>
</TS>
