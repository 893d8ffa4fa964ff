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
„Mit Demo trainieren“ drücken (oder einen DBP15K- / OpenEA-Ordner wählen), um Paare vorzuschlagen.</translation>
    </message>
    <message>
        <source>No session is open.
Press &quot;Train on demo views&quot; to start: a session for the review is created.</source>
        <translation>Keine Sitzung geöffnet.
Zum Beginnen „Mit Demo trainieren“ drücken: Eine Sitzung für die Prüfung wird angelegt.</translation>
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
        <translation>Mit Demo trainieren</translation>
    </message>
    <message>
        <source>Train and evaluate on the demo world&apos;s two noisy views.</source>
        <translation>Auf den zwei verrauschten Ansichten der Demo-Welt trainieren und auswerten.</translation>
    </message>
    <message>
        <source>Train on folder…</source>
        <translation>Mit Ordner trainieren…</translation>
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
        <translation>Kreuzaufmerksamkeit</translation>
    </message>
    <message>
        <source>self-attention</source>
        <translation>Selbstaufmerksamkeit</translation>
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
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Weigh each neighbour by how well it matches the neighbours of the entity in the other graph.</source>
        <translation>Jeden Nachbarn danach gewichten, wie gut er zu den Nachbarn der Entität im anderen Graphen passt (graphübergreifende Aufmerksamkeit).</translation>
    </message>
    <message>
        <source>Weigh each neighbour by the relation that links it to the entity.</source>
        <translation>Jeden Nachbarn nach der Relation gewichten, die ihn mit der Entität verbindet (Selbstaufmerksamkeit).</translation>
    </message>
    <message>
        <source>Test links</source>
        <translation>Testpaare</translation>
    </message>
    <message>
        <source>names only</source>
        <translation>nur Namen</translation>
    </message>
    <message>
        <source>refined model</source>
        <translation>verfeinertes Modell</translation>
    </message>
    <message>
        <source>Run #%1 on the test links of the data set: the entity names alone, and the model after its refinement.</source>
        <translation>Lauf #%1 auf den Testpaaren des Datensatzes: die Entitätsnamen allein und das Modell nach seiner Verfeinerung.</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Prüfliste:</translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translation>Nachbarschaften</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Audit trail (%1)</source>
        <translation>Prüfprotokoll (%1)</translation>
    </message>
    <message>
        <source>&lt;br&gt;≠ The refined score and the model&apos;s own score disagree (%1 against %2): look at both neighbourhoods before deciding.</source>
        <translation>&lt;br&gt;≠ Die verfeinerte Bewertung und die eigene Bewertung des Modells widersprechen sich (%1 gegen %2): vor der Entscheidung beide Nachbarschaften ansehen.</translation>
    </message>
    <message>
        <source>disagreeing scores first</source>
        <translation>widersprüchliche Bewertungen zuerst</translation>
    </message>
    <message>
        <source>Pairs whose refined score and model score are furthest apart first.</source>
        <translation>Paare, deren verfeinerte Bewertung und Modellbewertung am weitesten auseinanderliegen, zuerst.</translation>
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
    <name>eg::BiasDebias</name>
    <message>
        <source>%1 trains with the softmax loss: choose the settings “demo” or “fisher-pbg”.</source>
        <translation>%1 trainiert mit dem Softmax-Verlust: die Einstellungen „demo“ oder „fisher-pbg“ wählen.</translation>
    </message>
    <message>
        <source>%1 has none of the sensitive relations gender, religion, ethnicity, nationality</source>
        <translation>%1 hat keine der sensiblen Relationen Geschlecht, Religion, Ethnie, Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>γ = %1; filters for %2</source>
        <translation>γ = %1; Filter für %2</translation>
    </message>
    <message>
        <source>KL weights: %1</source>
        <translation>KL-Gewichte: %1</translation>
    </message>
    <message>
        <source>; no whitelist</source>
        <translation>; keine Whitelist</translation>
    </message>
    <message>
        <source>; whitelist %1 (%2 entries)</source>
        <translation>; Whitelist %1 (%2 Einträge)</translation>
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
    <name>eg::BiasMeasuresModel</name>
    <message>
        <source>Difference in scores, %1</source>
        <translation>Unterschied der Bewertungen, %1</translation>
    </message>
    <message>
        <source>Probe accuracy, %1</source>
        <translation>Sondengenauigkeit, %1</translation>
    </message>
    <message>
        <source>Most frequent class, %1</source>
        <translation>Häufigste Klasse, %1</translation>
    </message>
    <message>
        <source>Probe gap (accuracy − most frequent)</source>
        <translation>Sondenabstand (Genauigkeit − häufigste)</translation>
    </message>
    <message>
        <source>Graph facts alone: probe accuracy</source>
        <translation>Nur Graphfakten: Sondengenauigkeit</translation>
    </message>
    <message>
        <source>Graph facts alone: probe gap</source>
        <translation>Nur Graphfakten: Sondenabstand</translation>
    </message>
    <message>
        <source>Mean over training people of the score of their true value minus the mean score of the other frequent values (Fisher et al. 2020); 0 = no preference.</source>
        <translation>Mittel über die Trainingspersonen: Bewertung ihres wahren Werts minus mittlere Bewertung der anderen häufigen Werte (Fisher et al. 2020); 0 = keine Bevorzugung.</translation>
    </message>
    <message>
        <source>Share of held-out people whose value a small neural network reads from their embedding, mean over %1 splits.</source>
        <translation>Anteil der zurückgehaltenen Personen, deren Wert ein kleines neuronales Netz aus ihrer Einbettung abliest, gemittelt über %1 Aufteilungen.</translation>
    </message>
    <message>
        <source>Share of held-out people with the commonest value: what always guessing it would score.</source>
        <translation>Anteil der zurückgehaltenen Personen mit dem häufigsten Wert: was stetes Raten dieses Werts erreichen würde.</translation>
    </message>
    <message>
        <source>Probe accuracy minus the most-frequent-class rate: how much the embedding tells beyond the base rate.</source>
        <translation>Sondengenauigkeit minus Anteil der häufigsten Klasse: wie viel die Einbettung über die Grundrate hinaus verrät.</translation>
    </message>
    <message>
        <source>The same people and splits classified from their other facts in the graph, without the sensitive relations and their mirrors; needs no model.</source>
        <translation>Dieselben Personen und Aufteilungen, klassifiziert nach ihren übrigen Fakten im Graphen, ohne die sensiblen Relationen und ihre Spiegelrelationen; braucht kein Modell.</translation>
    </message>
    <message>
        <source>Graph-facts probe accuracy minus the most-frequent-class rate: what the training facts themselves reveal.</source>
        <translation>Genauigkeit der Graphfakten-Sonde minus Anteil der häufigsten Klasse: was die Trainingsfakten selbst verraten.</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maß</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
</context>
<context>
    <name>eg::BiasMeasuresView</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>A probe gap below the graph facts’ gap means the embedding tells the attribute less well than the facts it is trained on; a difference in scores near 0 means the model prefers no value.</source>
        <translation>Liegt der Sondenabstand unter dem der Graphfakten, verrät die Einbettung das Merkmal schlechter als die Fakten, mit denen sie trainiert wurde; ein Unterschied der Bewertungen nahe 0 heißt, dass das Modell keinen Wert bevorzugt.</translation>
    </message>
    <message>
        <source>Save the measures as a CSV table</source>
        <translation>Die Maße als CSV-Tabelle speichern</translation>
    </message>
    <message>
        <source>Cancelled. Choose another model or show the tab again to compute the measures.</source>
        <translation>Abgebrochen. Ein anderes Modell wählen oder den Reiter erneut zeigen, um die Maße zu berechnen.</translation>
    </message>
    <message>
        <source>The measures could not be computed (see Jobs).</source>
        <translation>Die Maße konnten nicht berechnet werden (siehe Aufträge).</translation>
    </message>
    <message>
        <source>Computing the measures of %1…</source>
        <translation>Die Maße von %1 werden berechnet…</translation>
    </message>
    <message>
        <source>Sensitive relations of %1; probe on %2, mean over %3 held-out splits.</source>
        <translation>Sensible Relationen von %1; Sonde auf %2, gemittelt über %3 zurückgehaltene Aufteilungen.</translation>
    </message>
    <message>
        <source>the data set</source>
        <translation>dem Datensatz</translation>
    </message>
    <message>
        <source>Bias measures of %1</source>
        <translation>Verzerrungsmaße von %1</translation>
    </message>
    <message>
        <source>There are no measures to export.</source>
        <translation>Es gibt keine Maße zum Exportieren.</translation>
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
    <message>
        <source>Difference in scores</source>
        <translation>Unterschied der Bewertungen</translation>
    </message>
    <message>
        <source>true value − mean of the others (score units)</source>
        <translation>wahrer Wert − Mittel der anderen (Bewertungseinheiten)</translation>
    </message>
    <message>
        <source>Probe gap</source>
        <translation>Sondenabstand</translation>
    </message>
    <message>
        <source>accuracy − most frequent class</source>
        <translation>Genauigkeit − häufigste Klasse</translation>
    </message>
    <message>
        <source>graph facts alone</source>
        <translation>nur Graphfakten</translation>
    </message>
    <message>
        <source>Graph facts without the triples of the whitelist %1.</source>
        <translation>Graphfakten ohne die Tripel der Whitelist %1.</translation>
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
        <source>This method is not available in this build.</source>
        <translation>Diese Methode ist in diesem Programm nicht verfügbar.</translation>
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
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop training this model (the epochs done stay in the session)</source>
        <translation>Das Training dieses Modells beenden (die fertigen Epochen bleiben in der Sitzung)</translation>
    </message>
    <message>
        <source>%1 % · %2 left</source>
        <translation>%1 % · noch %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
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
    <message>
        <source>Cannot train %1: %2</source>
        <translation>%1 kann nicht trainiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot run the sweep: %1</source>
        <translation>Die Abwägungsreihe kann nicht laufen: %1</translation>
    </message>
    <message>
        <source>Difference in scores, %1 (score units)</source>
        <translation>Unterschied der Bewertungen, %1 (Bewertungseinheiten)</translation>
    </message>
    <message>
        <source>Sweep of %1 weights: %2 models of %3 epochs on %4.</source>
        <translation>Abwägungsreihe mit %1 Gewichten: %2 Modelle mit %3 Epochen auf %4.</translation>
    </message>
    <message>
        <source>Cannot list the session&apos;s models: %1</source>
        <translation>Die Modelle der Sitzung können nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Load %n model(s) of the session</source>
        <translation>
            <numerusform>%n Modell der Sitzung laden</numerusform>
            <numerusform>%n Modelle der Sitzung laden</numerusform>
        </translation>
    </message>
    <message>
        <source>A model of the session was not loaded: %1</source>
        <translation>Ein Modell der Sitzung wurde nicht geladen: %1</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maße</translation>
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
    <message>
        <source>Run &amp;Sweep</source>
        <translation>&amp;Reihe starten</translation>
    </message>
    <message>
        <source>Run Sweep trains one KL model per weight with the settings of the Models form
(KL + Attr when chosen there) and draws each weight&apos;s point as it arrives.</source>
        <translation>„Reihe starten“ trainiert je Gewicht ein KL-Modell mit den Einstellungen des Formulars unter „Modelle“
(KL + Attr, wenn dort gewählt) und zeichnet den Punkt jedes Gewichts, sobald er vorliegt.</translation>
    </message>
    <message>
        <source>KL &amp;weights:</source>
        <translation>KL-&amp;Gewichte:</translation>
    </message>
    <message>
        <source>Factors on the default KL weights (gender 1, the other sensitive relations 100), one model each</source>
        <translation>Faktoren auf die Standard-KL-Gewichte (Geschlecht 1, die anderen sensiblen Relationen 100), je ein Modell</translation>
    </message>
    <message>
        <source>Train a model for each weight as one job and plot its validation MRR against the remaining bias</source>
        <translation>Für jedes Gewicht ein Modell in einem Auftrag trainieren und seinen Validierungs-MRR gegen die verbleibende Verzerrung auftragen</translation>
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
    <message>
        <source>en</source>
        <comment>the HTML lang code of this translation&apos;s language (de, fr, ...)</comment>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>eg::BiasSessionRuns</name>
    <message>
        <source>the model of run %1 belongs to another data set</source>
        <translation>das Modell von Lauf %1 gehört zu einem anderen Datensatz</translation>
    </message>
    <message>
        <source>run %1 of the session</source>
        <translation>Lauf %1 der Sitzung</translation>
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
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>KL and KL + Attr: a factor on the default KL weights (gender 1, religion, ethnicity and nationality 100). Adversarial filters: γ, the weight of the discriminators.</source>
        <translation>KL und KL + Attr: ein Faktor auf die Standard-KL-Gewichte (Geschlecht 1, Religion, Ethnie und Staatsangehörigkeit 100). Adversariale Filter: γ, das Gewicht der Diskriminatoren.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>KL + Attr: the triples where the sensitive attribute is legitimate (e.g. docs/fb15k-whitelist.txt for FB15k)</source>
        <translation>KL + Attr: die Tripel, in denen das sensible Attribut berechtigt ist (z. B. docs/fb15k-whitelist.txt für FB15k)</translation>
    </message>
    <message>
        <source>Choose a whitelist file</source>
        <translation>Eine Whitelist-Datei wählen</translation>
    </message>
    <message>
        <source>W&amp;hitelist:</source>
        <translation>W&amp;hitelist:</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>Whitelist</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
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
    <message>
        <source>≠ %1</source>
        <comment>a score the model&apos;s own score disagrees with</comment>
        <translation>≠ %1</translation>
    </message>
    <message>
        <source>refined %1 · model %2 · names %3</source>
        <translation>verfeinert %1 · Modell %2 · Namen %3</translation>
    </message>
    <message>
        <source>The refined score and the model&apos;s own score disagree: look at both neighbourhoods.</source>
        <translation>Die verfeinerte Bewertung und die eigene Bewertung des Modells widersprechen sich: beide Nachbarschaften ansehen.</translation>
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
    <name>eg::DecisionIo</name>
    <message>
        <source>imported from %1, decided %2</source>
        <translation>importiert aus %1, entschieden %2</translation>
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
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
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
    <name>eg::Error</name>
    <message>
        <source>no session is open</source>
        <translation>keine Sitzung geöffnet</translation>
    </message>
    <message>
        <source>another Equigraph</source>
        <translation>anderen Equigraph</translation>
    </message>
    <message>
        <source>not writable</source>
        <translation>nicht beschreibbar</translation>
    </message>
    <message>
        <source>cannot create the folder for the model files</source>
        <translation>der Ordner für die Modelldateien kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the trained model: %1</source>
        <translation>das trainierte Modell kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>seed figure: %1 %2 is not an entity of the model</source>
        <translation>Startfigur: %1 %2 ist keine Entität des Modells</translation>
    </message>
    <message>
        <source>seed figure: %1 %2 is not a relation of the model</source>
        <translation>Startfigur: %1 %2 ist keine Relation des Modells</translation>
    </message>
    <message>
        <source>seed figure: no model</source>
        <translation>Startfigur: kein Modell</translation>
    </message>
    <message>
        <source>seed figure: no value to compare with</source>
        <translation>Startfigur: kein Wert zum Vergleichen</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht lesen: %1</translation>
    </message>
    <message>
        <source>import decisions from %1</source>
        <translation>Entscheidungen aus %1 importieren</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>ein Feld in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;</source>
        <translation>die Kopfzeile hat keine Spalte „%1“</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation>%1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>unknown verdict &quot;%1&quot;</source>
        <translation>unbekanntes Urteil „%1“</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a folder, expected a file</source>
        <translation>ist ein Ordner, erwartet wurde eine Datei</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht öffnen: %1</translation>
    </message>
    <message>
        <source>blank line before the end of the file (blank lines are accepted only at the end)</source>
        <translation>Leerzeile vor dem Dateiende (Leerzeilen sind nur am Ende erlaubt)</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>is a file, expected a folder</source>
        <translation>ist eine Datei, erwartet wurde ein Ordner</translation>
    </message>
    <message>
        <source>missing file</source>
        <translation>Datei fehlt</translation>
    </message>
    <message>
        <source>no training triples</source>
        <translation>keine Trainingstripel</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>not a graph folder: expected train.txt, train.tsv or entity2id.txt in it</source>
        <translation>kein Graph-Ordner: darin wird train.txt, train.tsv oder entity2id.txt erwartet</translation>
    </message>
    <message>
        <source>missing file: train.txt or train.tsv</source>
        <translation>Datei fehlt: train.txt oder train.tsv</translation>
    </message>
    <message>
        <source>the %1 field is not valid UTF-8</source>
        <translation>das Feld %1 ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>expected 3 tab-separated fields (head, relation, tail), found %1</source>
        <translation>erwartet werden 3 durch Tabulatoren getrennte Felder (Kopf, Relation, Ende), gefunden: %1</translation>
    </message>
    <message>
        <source>empty %1 field</source>
        <translation>leeres Feld %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3 field) does not occur in the training triples</source>
        <translation>%1 %2 (Feld %3) kommt in den Trainingstripeln nicht vor</translation>
    </message>
    <message>
        <source>%1 %2 is out of range (there are no ids)</source>
        <translation>%1 %2 liegt außerhalb des Bereichs (es gibt keine IDs)</translation>
    </message>
    <message>
        <source>%1 %2 is out of range (0 to %3)</source>
        <translation>%1 %2 liegt außerhalb des Bereichs (0 bis %3)</translation>
    </message>
    <message>
        <source>%1 %2 is not a number</source>
        <translation>%1 %2 ist keine Zahl</translation>
    </message>
    <message>
        <source>line 1 announces %1 entries but the file has %2</source>
        <translation>Zeile 1 kündigt %1 Einträge an, die Datei hat aber %2</translation>
    </message>
    <message>
        <source>empty file: line 1 should hold the number of entries</source>
        <translation>leere Datei: Zeile 1 sollte die Anzahl der Einträge enthalten</translation>
    </message>
    <message>
        <source>line 1 should hold only the number of entries</source>
        <translation>Zeile 1 sollte nur die Anzahl der Einträge enthalten</translation>
    </message>
    <message>
        <source>more entries than the %1 announced on line 1</source>
        <translation>mehr Einträge als die in Zeile 1 angekündigten %1</translation>
    </message>
    <message>
        <source>expected a name and an id</source>
        <translation>erwartet werden ein Name und eine ID</translation>
    </message>
    <message>
        <source>id %1 was already given on line %2</source>
        <translation>ID %1 wurde schon in Zeile %2 vergeben</translation>
    </message>
    <message>
        <source>the name is not valid UTF-8</source>
        <translation>der Name ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>name %1 was already given on line %2</source>
        <translation>Name %1 wurde schon in Zeile %2 vergeben</translation>
    </message>
    <message>
        <source>%1 id %2 (%3) does not occur in the training triples</source>
        <translation>%1-ID %2 (%3) kommt in den Trainingstripeln nicht vor</translation>
    </message>
    <message>
        <source>expected 3 fields (head tail relation), found %1</source>
        <translation>erwartet werden 3 Felder (Kopf Ende Relation), gefunden: %1</translation>
    </message>
    <message>
        <source>expected `key TAB name`, found no tab</source>
        <translation>erwartet wird `Schlüssel TAB Name`, es gibt aber keinen Tabulator</translation>
    </message>
    <message>
        <source>empty key field</source>
        <translation>leeres Schlüsselfeld</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation>die Zeile ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>adjacency: triple (%1, %2, %3) has an entity outside 0..%4</source>
        <translation>Adjazenz: Tripel (%1, %2, %3) hat eine Entität außerhalb von 0..%4</translation>
    </message>
    <message>
        <source>relation statistics: relation %1 outside 0..%2</source>
        <translation>Relationsstatistik: Relation %1 außerhalb von 0..%2</translation>
    </message>
    <message>
        <source>cannot start gzip decompression</source>
        <translation>gzip-Entpacken kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>gzip data is corrupt: %1</source>
        <translation>gzip-Daten sind beschädigt: %1</translation>
    </message>
    <message>
        <source>gzip data is truncated</source>
        <translation>gzip-Daten sind abgeschnitten</translation>
    </message>
    <message>
        <source>read failed: %1</source>
        <translation>Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>truncated .npy file (%1 bytes)</source>
        <translation>abgeschnittene .npy-Datei (%1 Bytes)</translation>
    </message>
    <message>
        <source>not an .npy file (it does not start with \x93NUMPY)</source>
        <translation>keine .npy-Datei (sie beginnt nicht mit \x93NUMPY)</translation>
    </message>
    <message>
        <source>truncated .npy header</source>
        <translation>abgeschnittener .npy-Kopf</translation>
    </message>
    <message>
        <source>truncated .npy header (declares %1 bytes, the file has %2)</source>
        <translation>abgeschnittener .npy-Kopf (er gibt %1 Bytes an, die Datei hat %2)</translation>
    </message>
    <message>
        <source>expected a 2-D array, found shape (%1)</source>
        <translation>erwartet wird ein 2-D-Array, gefunden: Form (%1)</translation>
    </message>
    <message>
        <source>truncated .npy file: shape (%1, %2) needs %3 data bytes, %4 present</source>
        <translation>abgeschnittene .npy-Datei: die Form (%1, %2) braucht %3 Datenbytes, vorhanden sind %4</translation>
    </message>
    <message>
        <source>too many</source>
        <translation>zu viele</translation>
    </message>
    <message>
        <source>%1 unexpected bytes after the array data</source>
        <translation>%1 unerwartete Bytes nach den Array-Daten</translation>
    </message>
    <message>
        <source>expected a quoted key or &apos;}&apos;</source>
        <translation>erwartet wird ein Schlüssel in Anführungszeichen oder &apos;}&apos;</translation>
    </message>
    <message>
        <source>key &apos;descr&apos; appears twice</source>
        <translation>Schlüssel &apos;descr&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>&apos;descr&apos; is not a string</source>
        <translation>&apos;descr&apos; ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>key &apos;fortran_order&apos; appears twice</source>
        <translation>Schlüssel &apos;fortran_order&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>&apos;fortran_order&apos; is not True or False</source>
        <translation>&apos;fortran_order&apos; ist weder True noch False</translation>
    </message>
    <message>
        <source>key &apos;shape&apos; appears twice</source>
        <translation>Schlüssel &apos;shape&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>&apos;shape&apos; is not a tuple of integers</source>
        <translation>&apos;shape&apos; ist kein Tupel ganzer Zahlen</translation>
    </message>
    <message>
        <source>unexpected key &apos;%1&apos;</source>
        <translation>unerwarteter Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>erwartet wird &apos;,&apos; oder &apos;}&apos;</translation>
    </message>
    <message>
        <source>unexpected text after the closing &apos;}&apos;</source>
        <translation>unerwarteter Text nach der schließenden &apos;}&apos;</translation>
    </message>
    <message>
        <source>missing key &apos;%1&apos;</source>
        <translation>Schlüssel &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>malformed .npy header: %1 at header offset %2 (header: %3)</source>
        <translation>fehlerhafter .npy-Kopf: %1 an Kopfposition %2 (Kopf: %3)</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>erwartet wird &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>expected a non-negative integer</source>
        <translation>erwartet wird eine nicht negative ganze Zahl</translation>
    </message>
    <message>
        <source>dimension too large</source>
        <translation>Dimension zu groß</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the shape</source>
        <translation>erwartet wird &apos;,&apos; oder &apos;)&apos; in der Form</translation>
    </message>
    <message>
        <source>structured (record) dtypes are not supported</source>
        <translation>strukturierte (Record-)Datentypen werden nicht unterstützt</translation>
    </message>
    <message>
        <source>expected a string, True, False or a tuple</source>
        <translation>erwartet wird eine Zeichenkette, True, False oder ein Tupel</translation>
    </message>
    <message>
        <source>unsupported .npy dtype &apos;%1&apos; (float32 &apos;&lt;f4&apos;, float64 &apos;&lt;f8&apos;, complex64 &apos;&lt;c8&apos; or complex128 &apos;&lt;c16&apos; expected)</source>
        <translation>nicht unterstützter .npy-Datentyp &apos;%1&apos; (erwartet: float32 &apos;&lt;f4&apos;, float64 &apos;&lt;f8&apos;, complex64 &apos;&lt;c8&apos; oder complex128 &apos;&lt;c16&apos;)</translation>
    </message>
    <message>
        <source>unsupported .npy format version %1.%2 (1.0, 2.0 and 3.0 are known)</source>
        <translation>nicht unterstützte .npy-Formatversion %1.%2 (bekannt sind 1.0, 2.0 und 3.0)</translation>
    </message>
    <message>
        <source>truncated .npy header (declares %1 bytes, %2 present)</source>
        <translation>abgeschnittener .npy-Kopf (er gibt %1 Bytes an, vorhanden sind %2)</translation>
    </message>
    <message>
        <source>cannot save: the %1 matrix is %2 x %3, expected %4 x %5</source>
        <translation>Speichern nicht möglich: die Matrix %1 ist %2 x %3, erwartet wurde %4 x %5</translation>
    </message>
    <message>
        <source>cannot save: invalid model spec (dim %1, norm %2)</source>
        <translation>Speichern nicht möglich: ungültige Modellangaben (Dimension %1, Norm %2)</translation>
    </message>
    <message>
        <source>not an Equigraph model file (wrong magic bytes)</source>
        <translation>keine Equigraph-Modelldatei (falsche Kennbytes)</translation>
    </message>
    <message>
        <source>truncated: %1 bytes, shorter than the %2-byte header</source>
        <translation>abgeschnitten: %1 Bytes, kürzer als der Kopf mit %2 Bytes</translation>
    </message>
    <message>
        <source>written by a newer Equigraph: model format version %1, this build reads up to version %2</source>
        <translation>von einem neueren Equigraph geschrieben: Modellformat-Version %1, dieses Programm liest bis Version %2</translation>
    </message>
    <message>
        <source>corrupt header: format version 0</source>
        <translation>beschädigter Kopf: Formatversion 0</translation>
    </message>
    <message>
        <source>corrupt header: model type %1, dim %2, norm %3, flags %4</source>
        <translation>beschädigter Kopf: Modelltyp %1, Dimension %2, Norm %3, Flags %4</translation>
    </message>
    <message>
        <source>truncated: the header describes sections larger than the %1-byte file</source>
        <translation>abgeschnitten: der Kopf beschreibt Abschnitte, die größer sind als die Datei mit %1 Bytes</translation>
    </message>
    <message>
        <source>truncated: the header describes %1 bytes, the file has %2</source>
        <translation>abgeschnitten: der Kopf beschreibt %1 Bytes, die Datei hat %2</translation>
    </message>
    <message>
        <source>corrupt: %1 unexpected bytes after the checksum</source>
        <translation>beschädigt: %1 unerwartete Bytes nach der Prüfsumme</translation>
    </message>
    <message>
        <source>checksum mismatch (stored %1, computed %2): the file is corrupt</source>
        <translation>Prüfsumme stimmt nicht (gespeichert %1, berechnet %2): die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>inconsistent contents: the metadata is not a JSON object (%1)</source>
        <translation>widersprüchlicher Inhalt: die Metadaten sind kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>inconsistent contents: the %1 key section (%2 bytes) does not hold exactly %3 keys</source>
        <translation>widersprüchlicher Inhalt: der Schlüsselabschnitt %1 (%2 Bytes) enthält nicht genau %3 Schlüssel</translation>
    </message>
    <message>
        <source>inconsistent contents: %1 key &apos;%2&apos; appears twice</source>
        <translation>widersprüchlicher Inhalt: %1-Schlüssel &apos;%2&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of the name</source>
        <translation>unerwarteter Text nach dem schließenden Anführungszeichen des Namens</translation>
    </message>
    <message>
        <source>unterminated quoted name (line breaks inside names are not supported)</source>
        <translation>nicht abgeschlossener Name in Anführungszeichen (Zeilenumbrüche in Namen werden nicht unterstützt)</translation>
    </message>
    <message>
        <source>cannot export: matrix is %1 x %2, expected %3 x %4</source>
        <translation>Export nicht möglich: die Matrix ist %1 x %2, erwartet wurde %3 x %4</translation>
    </message>
    <message>
        <source>cannot export: the model has right-hand-side relation vectors but no file was named for them</source>
        <translation>Export nicht möglich: das Modell hat Relationsvektoren für die rechte Seite, aber für sie wurde keine Datei angegeben</translation>
    </message>
    <message>
        <source>norm must be 1 or 2, not %1</source>
        <translation>die Norm muss 1 oder 2 sein, nicht %1</translation>
    </message>
    <message>
        <source>%1 rows, but %2 names %3 keys</source>
        <translation>%1 Zeilen, aber %2 nennt %3 Schlüssel</translation>
    </message>
    <message>
        <source>%1 columns, but the entity vectors have %2</source>
        <translation>%1 Spalten, aber die Entitätsvektoren haben %2</translation>
    </message>
    <message>
        <source>%1 columns cannot hold %2 vectors</source>
        <translation>%1 Spalten können keine %2-Vektoren aufnehmen</translation>
    </message>
    <message>
        <source>expected &apos;id&lt;TAB&gt;name&apos;, found no tab</source>
        <translation>erwartet wird &apos;ID&lt;TAB&gt;Name&apos;, es gibt aber keinen Tabulator</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is not a non-negative integer</source>
        <translation>die ID &apos;%1&apos; ist keine nicht negative ganze Zahl</translation>
    </message>
    <message>
        <source>id %1 is out of range: the file has %2 entries, so ids must be 0..%3</source>
        <translation>ID %1 liegt außerhalb des Bereichs: die Datei hat %2 Einträge, die IDs müssen also 0..%3 sein</translation>
    </message>
    <message>
        <source>id %1 already appeared on line %2</source>
        <translation>ID %1 kam schon in Zeile %2 vor</translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; already has id %2</source>
        <translation>der Name &apos;%1&apos; hat schon die ID %2</translation>
    </message>
    <message>
        <source>cannot export: key %1 (&apos;%2&apos;) holds a line break</source>
        <translation>Export nicht möglich: Schlüssel %1 (&apos;%2&apos;) enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>cannot export: key &apos;%1&apos; becomes the word2vec key &apos;%2&apos;, as an earlier key did</source>
        <translation>Export nicht möglich: Schlüssel &apos;%1&apos; wird zum word2vec-Schlüssel &apos;%2&apos;, wie schon ein früherer Schlüssel</translation>
    </message>
    <message>
        <source>cannot export: %1 vectors for %2 keys</source>
        <translation>Export nicht möglich: %1 Vektoren für %2 Schlüssel</translation>
    </message>
    <message>
        <source>cannot export: the matrices do not match the keys and spec</source>
        <translation>Export nicht möglich: die Matrizen passen nicht zu den Schlüsseln und den Modellangaben</translation>
    </message>
    <message>
        <source>cannot export: entity key &apos;%1&apos; starts with the relation prefix &apos;%2&apos;</source>
        <translation>Export nicht möglich: Entitätsschlüssel &apos;%1&apos; beginnt mit dem Relationspräfix &apos;%2&apos;</translation>
    </message>
    <message>
        <source>expected &apos;count dim&apos; (two integers, dim &gt;= 1) on the first line</source>
        <translation>erwartet wird &apos;Anzahl Dimension&apos; (zwei ganze Zahlen, Dimension &gt;= 1) in der ersten Zeile</translation>
    </message>
    <message>
        <source>more vectors than the %1 announced on the first line</source>
        <translation>mehr Vektoren als die in der ersten Zeile angekündigten %1</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; already appeared on line %2</source>
        <translation>der Schlüssel &apos;%1&apos; kam schon in Zeile %2 vor</translation>
    </message>
    <message>
        <source>value %1 (&apos;%2&apos;) is not a float32 number</source>
        <translation>Wert %1 (&apos;%2&apos;) ist keine float32-Zahl</translation>
    </message>
    <message>
        <source>expected %1 values after the key, found %2</source>
        <translation>erwartet werden %1 Werte nach dem Schlüssel, gefunden: %2</translation>
    </message>
    <message>
        <source>the first line announces %1 vectors, the file holds %2</source>
        <translation>die erste Zeile kündigt %1 Vektoren an, die Datei enthält %2</translation>
    </message>
    <message>
        <source>%1 values per vector cannot hold complex vectors</source>
        <translation>%1 Werte je Vektor können keine komplexen Vektoren aufnehmen</translation>
    </message>
    <message>
        <source>softmax hook: gradient row %1 out of range</source>
        <translation>Softmax-Hook: Gradientenzeile %1 außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>training diverged at epoch %1 (loss %2 in batch %3); try a lower learning rate or stronger regularization</source>
        <translation>das Training ist in Epoche %1 divergiert (Verlust %2 in Batch %3); eine kleinere Lernrate oder stärkere Regularisierung versuchen</translation>
    </message>
    <message>
        <source>softmax extra rows: entity %1 out of range</source>
        <translation>zusätzliche Softmax-Zeilen: Entität %1 außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>softmax trainer: %1</source>
        <translation>Softmax-Trainer: %1</translation>
    </message>
    <message>
        <source>model %1 is not supported (transe-dot, distmult or complex)</source>
        <translation>Modell %1 wird nicht unterstützt (transe-dot, distmult oder complex)</translation>
    </message>
    <message>
        <source>dimension must be at least 1</source>
        <translation>die Dimension muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>epochs must not be negative</source>
        <translation>die Anzahl der Epochen darf nicht negativ sein</translation>
    </message>
    <message>
        <source>batch size must be &gt;= 0 and batches per epoch &gt;= 1</source>
        <translation>die Batchgröße muss &gt;= 0 und die Batches je Epoche müssen &gt;= 1 sein</translation>
    </message>
    <message>
        <source>negative counts must not be negative</source>
        <translation>die Anzahlen der Negativbeispiele dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>needs uniform negatives or at least 2 batch negatives</source>
        <translation>braucht gleichverteilte Negativbeispiele oder mindestens 2 Batch-Negativbeispiele</translation>
    </message>
    <message>
        <source>learning rate must be positive</source>
        <translation>die Lernrate muss positiv sein</translation>
    </message>
    <message>
        <source>regularization, warm-up and init scale must not be negative</source>
        <translation>Regularisierung, Aufwärmphase und Startskala dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>threads must not be negative</source>
        <translation>die Anzahl der Threads darf nicht negativ sein</translation>
    </message>
    <message>
        <source>needs entities, relations and training triples</source>
        <translation>braucht Entitäten, Relationen und Trainingstripel</translation>
    </message>
    <message>
        <source>sampledEntities must be in [0, entityCount]</source>
        <translation>sampledEntities muss in [0, entityCount] liegen</translation>
    </message>
    <message>
        <source>triple %1 (%2, %3, %4) has an id out of range</source>
        <translation>Tripel %1 (%2, %3, %4) hat eine ID außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>the initial model does not match the configuration</source>
        <translation>das Startmodell passt nicht zur Konfiguration</translation>
    </message>
    <message>
        <source>training needs at least one entity and one relation</source>
        <translation>das Training braucht mindestens eine Entität und eine Relation</translation>
    </message>
    <message>
        <source>training triple %1 (%2, %3, %4) has an id out of range (%5 entities, %6 relations)</source>
        <translation>Trainingstripel %1 (%2, %3, %4) hat eine ID außerhalb des Bereichs (%5 Entitäten, %6 Relationen)</translation>
    </message>
    <message>
        <source>the initial model (%1, dim %2, %3 x %4 entities) does not match the configuration (%5, dim %6, %7 entities)</source>
        <translation>das Startmodell (%1, Dimension %2, %3 x %4 Entitäten) passt nicht zur Konfiguration (%5, Dimension %6, %7 Entitäten)</translation>
    </message>
    <message>
        <source>dimension must be between 1 and 65536 (got %1)</source>
        <translation>die Dimension muss zwischen 1 und 65536 liegen (angegeben: %1)</translation>
    </message>
    <message>
        <source>TransE norm must be 1 or 2 (got %1)</source>
        <translation>die TransE-Norm muss 1 oder 2 sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>epochs must not be negative (got %1)</source>
        <translation>die Anzahl der Epochen darf nicht negativ sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>batch size must not be negative (got %1)</source>
        <translation>die Batchgröße darf nicht negativ sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>batches per epoch must be at least 1 (got %1)</source>
        <translation>die Batches je Epoche müssen mindestens 1 sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>learning rate must be positive and finite (got %1)</source>
        <translation>die Lernrate muss positiv und endlich sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>margin must be finite (got %1)</source>
        <translation>der Margin muss endlich sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>adversarial temperature must be finite and not negative (got %1)</source>
        <translation>die adversariale Temperatur muss endlich und nicht negativ sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>regularization must be finite and not negative (got %1)</source>
        <translation>die Regularisierung muss endlich und nicht negativ sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>warm-up epochs must be finite and not negative (got %1)</source>
        <translation>die Aufwärmepochen müssen endlich und nicht negativ sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>init scale must be finite and not negative (got %1)</source>
        <translation>die Startskala muss endlich und nicht negativ sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>threads must not be negative (got %1)</source>
        <translation>die Anzahl der Threads darf nicht negativ sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>the softmax loss needs a dot-form model (transe-dot, distmult, complex); train the TransE distance form with the margin or self-adversarial loss</source>
        <translation>der Softmax-Verlust braucht ein Modell in Skalarproduktform (transe-dot, distmult, complex); die Abstandsform von TransE mit dem Margin- oder dem selbst-adversarialen Verlust trainieren</translation>
    </message>
    <message>
        <source>the softmax loss needs uniform negatives or at least 2 batch negatives</source>
        <translation>der Softmax-Verlust braucht gleichverteilte Negativbeispiele oder mindestens 2 Batch-Negativbeispiele</translation>
    </message>
    <message>
        <source>the negative-sharing chunk must be between 0 and 4096 (got %1)</source>
        <translation>der Block für geteilte Negativbeispiele muss zwischen 0 und 4096 liegen (angegeben: %1)</translation>
    </message>
    <message>
        <source>negative sampling needs at least 2 entities</source>
        <translation>Negativbeispiele brauchen mindestens 2 Entitäten</translation>
    </message>
    <message>
        <source>the margin trainer takes fewer than 2^31 triples</source>
        <translation>der Margin-Trainer verarbeitet weniger als 2^31 Tripel</translation>
    </message>
    <message>
        <source>training diverged at epoch %1 (loss %2): lower the learning rate (now %3) or the initial scale</source>
        <translation>das Training ist in Epoche %1 divergiert (Verlust %2): die Lernrate (jetzt %3) oder die Startskala verringern</translation>
    </message>
    <message>
        <source>the margin trainer handles the margin and self-adversarial losses</source>
        <translation>der Margin-Trainer beherrscht den Margin- und den selbst-adversarialen Verlust</translation>
    </message>
    <message>
        <source>separateRhs (a second relation table for head prediction) needs the softmax loss</source>
        <translation>separateRhs (eine zweite Relationstabelle für die Kopfvorhersage) braucht den Softmax-Verlust</translation>
    </message>
    <message>
        <source>batchNegatives is a softmax setting: the margin and self-adversarial losses use `negatives` uniform negatives per positive (set batchNegatives to 0)</source>
        <translation>batchNegatives ist eine Softmax-Einstellung: der Margin- und der selbst-adversariale Verlust verwenden `negatives` gleichverteilte Negativbeispiele je Positivbeispiel (batchNegatives auf 0 setzen)</translation>
    </message>
    <message>
        <source>negatives must be between 1 and 65536 for the %1 loss (got %2)</source>
        <translation>negatives muss für den Verlust %1 zwischen 1 und 65536 liegen (angegeben: %2)</translation>
    </message>
    <message>
        <source>margin must be positive for the margin loss (got %1)</source>
        <translation>der Margin muss für den Margin-Verlust positiv sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>the model has embeddings that are not finite numbers</source>
        <translation>das Modell hat Einbettungen, die keine endlichen Zahlen sind</translation>
    </message>
    <message>
        <source>query triple %1 (%2, %3, %4) is outside the model (%5 entities, %6 relations)</source>
        <translation>Anfragetripel %1 (%2, %3, %4) liegt außerhalb des Modells (%5 Entitäten, %6 Relationen)</translation>
    </message>
    <message>
        <source>filtered ranking needs the known triples</source>
        <translation>das gefilterte Ranking braucht die bekannten Tripel</translation>
    </message>
    <message>
        <source>model dimension must be positive, got %1</source>
        <translation>die Modelldimension muss positiv sein, angegeben: %1</translation>
    </message>
    <message>
        <source>TransE norm must be 1 or 2, got %1</source>
        <translation>die TransE-Norm muss 1 oder 2 sein, angegeben: %1</translation>
    </message>
    <message>
        <source>model embeddings have %1 and %2 columns, expected %3</source>
        <translation>die Modelleinbettungen haben %1 und %2 Spalten, erwartet wurden %3</translation>
    </message>
    <message>
        <source>model has separate right-hand-side relations but its second relation table is %1 x %2, expected %3 x %4</source>
        <translation>das Modell hat getrennte Relationen für die rechte Seite, aber seine zweite Relationstabelle ist %1 x %2, erwartet wurde %3 x %4</translation>
    </message>
    <message>
        <source>L1 kernel chunks must start at a multiple of %1</source>
        <translation>Blöcke des L1-Kernels müssen bei einem Vielfachen von %1 beginnen</translation>
    </message>
    <message>
        <source>demo world: unknown key %1 in a table</source>
        <translation>Demo-Welt: unbekannter Schlüssel %1 in einer Tabelle</translation>
    </message>
    <message>
        <source>demo world: entity key %1 generated twice</source>
        <translation>Demo-Welt: Entitätsschlüssel %1 wurde zweimal erzeugt</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>demo world: people must be 50 .. 100000, not %1</source>
        <translation>Demo-Welt: die Personenzahl muss 50 .. 100000 sein, nicht %1</translation>
    </message>
    <message>
        <source>demo world: valid and test shares must be &gt;= 0 and sum to at most 0.5</source>
        <translation>Demo-Welt: Validierungs- und Testanteil müssen &gt;= 0 sein und zusammen höchstens 0,5 ergeben</translation>
    </message>
    <message>
        <source>demo world: knowsPerPerson must be 0 .. 10</source>
        <translation>Demo-Welt: knowsPerPerson muss 0 .. 10 sein</translation>
    </message>
    <message>
        <source>alignment views: ratios must be in [0, 1] and onlyInOneView in [0, 0.25]</source>
        <translation>Abgleichsansichten: die Anteile müssen in [0, 1] und onlyInOneView in [0, 0,25] liegen</translation>
    </message>
    <message>
        <source>no session file name given</source>
        <translation>kein Name für die Sitzungsdatei angegeben</translation>
    </message>
    <message>
        <source>it is open in another Equigraph (%1, process %2 on %3)</source>
        <translation>sie ist in einem anderen Equigraph geöffnet (%1, Prozess %2 auf %3)</translation>
    </message>
    <message>
        <source>it is open in another Equigraph</source>
        <translation>sie ist in einem anderen Equigraph geöffnet</translation>
    </message>
    <message>
        <source>its folder is not writable</source>
        <translation>ihr Ordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>its lock file %1 cannot be created</source>
        <translation>ihre Sperrdatei %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create the session: the file already exists</source>
        <translation>die Sitzung kann nicht angelegt werden: die Datei existiert bereits</translation>
    </message>
    <message>
        <source>cannot create the session: no such folder</source>
        <translation>die Sitzung kann nicht angelegt werden: Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>cannot create the session: %1</source>
        <translation>die Sitzung kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>setting the application id</source>
        <translation>Setzen der Anwendungskennung</translation>
    </message>
    <message>
        <source>writing the session&apos;s creation time</source>
        <translation>Schreiben der Erstellungszeit der Sitzung</translation>
    </message>
    <message>
        <source>opened read-only as asked</source>
        <translation>schreibgeschützt geöffnet, wie verlangt</translation>
    </message>
    <message>
        <source>opened read-only because %1</source>
        <translation>schreibgeschützt geöffnet: %1</translation>
    </message>
    <message>
        <source>the file has the older schema %1 and must be upgraded before it can be read, but it was %2; nothing was changed</source>
        <translation>die Datei hat das ältere Schema %1 und muss vor dem Lesen aktualisiert werden, sie wurde aber %2; nichts wurde geändert</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>cannot back up the file to %1 before upgrading it: %2; nothing was changed</source>
        <translation>die Datei kann vor der Aktualisierung nicht nach %1 gesichert werden: %2; nichts wurde geändert</translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation>Umschalten auf Write-Ahead-Logging</translation>
    </message>
    <message>
        <source>write-ahead logging is not available here (journal mode &quot;%1&quot;); is the folder on a network file system?</source>
        <translation>Write-Ahead-Logging ist hier nicht verfügbar (Journalmodus „%1“); liegt der Ordner auf einem Netzwerkdateisystem?</translation>
    </message>
    <message>
        <source>cannot open a connection: the session handle is empty</source>
        <translation>keine Verbindung möglich: der Sitzungsverweis ist leer</translation>
    </message>
    <message>
        <source>integrity check failed: %1</source>
        <translation>Integritätsprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>the session is not open</source>
        <translation>die Sitzung ist nicht geöffnet</translation>
    </message>
    <message>
        <source>the session was opened on another thread; open a connection for this one with Session::openOnThisThread()</source>
        <translation>die Sitzung wurde in einem anderen Thread geöffnet; mit Session::openOnThisThread() eine Verbindung für diesen öffnen</translation>
    </message>
    <message>
        <source>cannot %1: the session is read-only (%2)</source>
        <translation>%1 nicht möglich: die Sitzung ist schreibgeschützt (%2)</translation>
    </message>
    <message>
        <source>save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>cannot save as %1: %2</source>
        <translation>Speichern unter %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>a write is in progress</source>
        <translation>ein Schreibvorgang läuft</translation>
    </message>
    <message>
        <source>%1 background connection(s) still write to the session; wait for them to finish</source>
        <translation>%1 Hintergrundverbindung(en) schreiben noch in die Sitzung; warten, bis sie fertig sind</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot copy the embedding file %1</source>
        <translation>die Einbettungsdatei %1 kann nicht kopiert werden</translation>
    </message>
    <message>
        <source>cannot %1: %2</source>
        <translation>%1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>upgrading to schema %1 failed: %2 (in &quot;%3&quot;)</source>
        <translation>Aktualisierung auf Schema %1 fehlgeschlagen: %2 (in „%3“)</translation>
    </message>
    <message>
        <source>cannot upgrade from schema %1 to %2</source>
        <translation>Aktualisierung von Schema %1 auf %2 nicht möglich</translation>
    </message>
    <message>
        <source>cannot open the session: %1</source>
        <translation>die Sitzung kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation>Aktivieren der Fremdschlüssel</translation>
    </message>
    <message>
        <source>setting trust</source>
        <translation>Setzen der Vertrauenseinstellung</translation>
    </message>
    <message>
        <source>setting synchronous</source>
        <translation>Setzen von synchronous</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>; nothing was changed</source>
        <translation>; nichts wurde geändert</translation>
    </message>
    <message>
        <source>the file was written by a newer Equigraph (schema %1, this version reads up to %2)</source>
        <translation>die Datei wurde von einem neueren Equigraph geschrieben (Schema %1, diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>not an Equigraph session (an SQLite database of another application, without an application id)</source>
        <translation>keine Equigraph-Sitzung (eine SQLite-Datenbank einer anderen Anwendung, ohne Anwendungskennung)</translation>
    </message>
    <message>
        <source>not an Equigraph session (an SQLite database of another application, application_id 0x%1)</source>
        <translation>keine Equigraph-Sitzung (eine SQLite-Datenbank einer anderen Anwendung, application_id 0x%1)</translation>
    </message>
    <message>
        <source>no such session file</source>
        <translation>Sitzungsdatei nicht gefunden</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is empty, not an Equigraph session</source>
        <translation>die Datei ist leer, keine Equigraph-Sitzung</translation>
    </message>
    <message>
        <source>not an Equigraph session (not an SQLite database)</source>
        <translation>keine Equigraph-Sitzung (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>reading the application id</source>
        <translation>Lesen der Anwendungskennung</translation>
    </message>
    <message>
        <source>the file is damaged (SQLite: %1)</source>
        <translation>die Datei ist beschädigt (SQLite: %1)</translation>
    </message>
    <message>
        <source>cannot open the file to flush it: %1</source>
        <translation>die Datei kann zum Schreiben auf die Platte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot flush the file to disk: %1</source>
        <translation>die Datei kann nicht auf die Platte geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot rename %1 to this name: %2</source>
        <translation>%1 kann nicht in diesen Namen umbenannt werden: %2</translation>
    </message>
    <message>
        <source>cannot prepare &quot;%1&quot;: %2</source>
        <translation>„%1“ kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>%1 holds invalid JSON: %2</source>
        <translation>%1 enthält ungültiges JSON: %2</translation>
    </message>
    <message>
        <source>%1 holds JSON that is not an object</source>
        <translation>%1 enthält JSON, das kein Objekt ist</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot; in the stored settings</source>
        <translation>unbekannter Wert für %1 („%2“) in den gespeicherten Einstellungen</translation>
    </message>
    <message>
        <source>the stored setting %1 is not a number</source>
        <translation>die gespeicherte Einstellung %1 ist keine Zahl</translation>
    </message>
    <message>
        <source>the stored setting %1 is not true or false</source>
        <translation>die gespeicherte Einstellung %1 ist weder wahr noch falsch</translation>
    </message>
    <message>
        <source>unknown model type &quot;%1&quot; in the stored settings</source>
        <translation>unbekannter Modelltyp „%1“ in den gespeicherten Einstellungen</translation>
    </message>
    <message>
        <source>the stored seed &quot;%1&quot; is not a whole number</source>
        <translation>der gespeicherte Startwert „%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>datasets.counts of row %1</source>
        <translation>datasets.counts der Zeile %1</translation>
    </message>
    <message>
        <source>add a data set</source>
        <translation>Datensatz hinzufügen</translation>
    </message>
    <message>
        <source>adding the data set</source>
        <translation>Hinzufügen des Datensatzes</translation>
    </message>
    <message>
        <source>reading the data set</source>
        <translation>Lesen des Datensatzes</translation>
    </message>
    <message>
        <source>reading the data sets</source>
        <translation>Lesen der Datensätze</translation>
    </message>
    <message>
        <source> of run %1</source>
        <translation> von Lauf %1</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>unbekannter Zustand „%1“</translation>
    </message>
    <message>
        <source>start a run</source>
        <translation>Lauf starten</translation>
    </message>
    <message>
        <source>starting the run</source>
        <translation>Starten des Laufs</translation>
    </message>
    <message>
        <source>finish the run</source>
        <translation>Lauf abschließen</translation>
    </message>
    <message>
        <source>finishing the run</source>
        <translation>Abschließen des Laufs</translation>
    </message>
    <message>
        <source>cannot finish run %1: there is no such run</source>
        <translation>Lauf %1 kann nicht abgeschlossen werden: diesen Lauf gibt es nicht</translation>
    </message>
    <message>
        <source>reading the run</source>
        <translation>Lesen des Laufs</translation>
    </message>
    <message>
        <source>reading the runs</source>
        <translation>Lesen der Läufe</translation>
    </message>
    <message>
        <source>record epoch %1</source>
        <translation>Epoche %1 festhalten</translation>
    </message>
    <message>
        <source>recording epoch %1 of run %2</source>
        <translation>Festhalten von Epoche %1 des Laufs %2</translation>
    </message>
    <message>
        <source>reading the epochs</source>
        <translation>Lesen der Epochen</translation>
    </message>
    <message>
        <source>epochs.metrics of run %1 epoch %2</source>
        <translation>epochs.metrics von Lauf %1, Epoche %2</translation>
    </message>
    <message>
        <source>reading the last epoch</source>
        <translation>Lesen der letzten Epoche</translation>
    </message>
    <message>
        <source>cannot store the embeddings: the format &quot;%1&quot; is not 1 to 8 lowercase letters or digits</source>
        <translation>die Einbettungen können nicht gespeichert werden: das Format „%1“ besteht nicht aus 1 bis 8 Kleinbuchstaben oder Ziffern</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>store the embeddings</source>
        <translation>Einbettungen speichern</translation>
    </message>
    <message>
        <source>storing the embeddings</source>
        <translation>Speichern der Einbettungen</translation>
    </message>
    <message>
        <source>store embeddings</source>
        <translation>Einbettungen speichern</translation>
    </message>
    <message>
        <source>reading the embeddings</source>
        <translation>Lesen der Einbettungen</translation>
    </message>
    <message>
        <source>there are no embeddings with id %1</source>
        <translation>es gibt keine Einbettungen mit der ID %1</translation>
    </message>
    <message>
        <source>the embedding file %1 is missing (it belongs beside the session, in %2)</source>
        <translation>die Einbettungsdatei %1 fehlt (sie gehört neben die Sitzung, in %2)</translation>
    </message>
    <message>
        <source>the embedding file %1 was changed after it was stored (its size or SHA-256 differs from the recorded one)</source>
        <translation>die Einbettungsdatei %1 wurde nach dem Speichern verändert (Größe oder SHA-256 weichen von den festgehaltenen ab)</translation>
    </message>
    <message>
        <source>remove the embeddings</source>
        <translation>Einbettungen entfernen</translation>
    </message>
    <message>
        <source>removing the embeddings</source>
        <translation>Entfernen der Einbettungen</translation>
    </message>
    <message>
        <source> of %1 row %2</source>
        <translation> von %1, Zeile %2</translation>
    </message>
    <message>
        <source>add the report</source>
        <translation>Bericht hinzufügen</translation>
    </message>
    <message>
        <source>adding the report</source>
        <translation>Hinzufügen des Berichts</translation>
    </message>
    <message>
        <source>reading the report</source>
        <translation>Lesen des Berichts</translation>
    </message>
    <message>
        <source>reading the reports</source>
        <translation>Lesen der Berichte</translation>
    </message>
    <message>
        <source>candidates.attention of row %1</source>
        <translation>candidates.attention der Zeile %1</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; of candidate %2</source>
        <translation>unbekannter Zustand „%1“ von Kandidat %2</translation>
    </message>
    <message>
        <source>add alignment candidates</source>
        <translation>Abgleichskandidaten hinzufügen</translation>
    </message>
    <message>
        <source>adding alignment candidates</source>
        <translation>Hinzufügen der Abgleichskandidaten</translation>
    </message>
    <message>
        <source>reading the candidate</source>
        <translation>Lesen des Kandidaten</translation>
    </message>
    <message>
        <source>reading the candidates</source>
        <translation>Lesen der Kandidaten</translation>
    </message>
    <message>
        <source>record the decision on candidate %1</source>
        <translation>Entscheidung zu Kandidat %1 festhalten</translation>
    </message>
    <message>
        <source>cannot %1: there is no such candidate</source>
        <translation>%1 nicht möglich: diesen Kandidaten gibt es nicht</translation>
    </message>
    <message>
        <source>cannot undo: candidate %1 has no decision to take back</source>
        <translation>Rückgängigmachen nicht möglich: Kandidat %1 hat keine Entscheidung, die zurückgenommen werden kann</translation>
    </message>
    <message>
        <source>recording the decision</source>
        <translation>Festhalten der Entscheidung</translation>
    </message>
    <message>
        <source>updating the candidate&apos;s status</source>
        <translation>Aktualisieren des Kandidatenzustands</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>Lesen des Prüfprotokolls</translation>
    </message>
    <message>
        <source>unknown verdict &quot;%1&quot; in decision %2</source>
        <translation>unbekanntes Urteil „%1“ in Entscheidung %2</translation>
    </message>
    <message>
        <source>unknown target &quot;%1&quot; of note %2</source>
        <translation>unbekanntes Ziel „%1“ von Notiz %2</translation>
    </message>
    <message>
        <source>there is no note %1</source>
        <translation>es gibt keine Notiz %1</translation>
    </message>
    <message>
        <source>add the note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>adding the note</source>
        <translation>Hinzufügen der Notiz</translation>
    </message>
    <message>
        <source>change the note</source>
        <translation>Notiz ändern</translation>
    </message>
    <message>
        <source>changing the note</source>
        <translation>Ändern der Notiz</translation>
    </message>
    <message>
        <source>remove the note</source>
        <translation>Notiz entfernen</translation>
    </message>
    <message>
        <source>removing the note</source>
        <translation>Entfernen der Notiz</translation>
    </message>
    <message>
        <source>reading the note</source>
        <translation>Lesen der Notiz</translation>
    </message>
    <message>
        <source>reading the notes</source>
        <translation>Lesen der Notizen</translation>
    </message>
    <message>
        <source>relation name &quot;%1&quot; is ambiguous: %2</source>
        <translation>der Relationsname „%1“ ist mehrdeutig: %2</translation>
    </message>
    <message>
        <source>entity id %1 outside the graph</source>
        <translation>Entitäts-ID %1 außerhalb des Graphen</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON object of entity keys</source>
        <translation>erwartet wird ein JSON-Objekt mit Entitätsschlüsseln</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; is not an object</source>
        <translation>der Wert von „%1“ ist kein Objekt</translation>
    </message>
    <message>
        <source>correlation of series of different lengths</source>
        <translation>Korrelation von Reihen unterschiedlicher Länge</translation>
    </message>
    <message>
        <source>the model&apos;s dimension is %1</source>
        <translation>die Dimension des Modells ist %1</translation>
    </message>
    <message>
        <source>the model has %1 x %2 entity rows, the graph needs %3 x %4</source>
        <translation>das Modell hat %1 x %2 Entitätszeilen, der Graph braucht %3 x %4</translation>
    </message>
    <message>
        <source>the model has %1 x %2 relation rows, the graph needs %3 x %4</source>
        <translation>das Modell hat %1 x %2 Relationszeilen, der Graph braucht %3 x %4</translation>
    </message>
    <message>
        <source>the model has %1 x %2 head-prediction relation rows, the graph needs %3 x %4</source>
        <translation>das Modell hat %1 x %2 Relationszeilen für die Kopfvorhersage, der Graph braucht %3 x %4</translation>
    </message>
    <message>
        <source>the model&apos;s head-prediction relation table is %1 x %2, expected %3 x %4</source>
        <translation>die Relationstabelle des Modells für die Kopfvorhersage ist %1 x %2, erwartet wurde %3 x %4</translation>
    </message>
    <message>
        <source>%1 %2 is no entity of the graph</source>
        <translation>%1 %2 ist keine Entität des Graphen</translation>
    </message>
    <message>
        <source>%1 %2 is no relation of the graph</source>
        <translation>%1 %2 ist keine Relation des Graphen</translation>
    </message>
    <message>
        <source>the two sensitive values are the same entity</source>
        <translation>die beiden sensiblen Werte sind dieselbe Entität</translation>
    </message>
    <message>
        <source>the step length alpha is not finite</source>
        <translation>die Schrittlänge Alpha ist nicht endlich</translation>
    </message>
    <message>
        <source>the sensitive and the target relation are the same</source>
        <translation>die sensible und die Zielrelation sind dieselbe</translation>
    </message>
    <message>
        <source>relation %1 has no triple in %2</source>
        <translation>Relation %1 hat kein Tripel in %2</translation>
    </message>
    <message>
        <source>relation %1 has no value other than %2 in %3</source>
        <translation>Relation %1 hat in %3 keinen anderen Wert als %2</translation>
    </message>
    <message>
        <source>the bias measure returned %1 values for %2 professions</source>
        <translation>das Verzerrungsmaß lieferte %1 Werte für %2 Berufe</translation>
    </message>
    <message>
        <source>%1 %2 is no entity of the model (%3 entities)</source>
        <translation>%1 %2 ist keine Entität des Modells (%3 Entitäten)</translation>
    </message>
    <message>
        <source>relation %1 is no relation of the model (%2 relations)</source>
        <translation>Relation %1 ist keine Relation des Modells (%2 Relationen)</translation>
    </message>
    <message>
        <source>no value to compare the sensitive value with</source>
        <translation>kein Wert, mit dem der sensible Wert verglichen werden kann</translation>
    </message>
    <message>
        <source>the steps matrix is %1 x %2, expected %3 x %4</source>
        <translation>die Schrittmatrix ist %1 x %2, erwartet wurde %3 x %4</translation>
    </message>
    <message>
        <source>sensitive relation %1 is no relation of the graph</source>
        <translation>die sensible Relation %1 ist keine Relation des Graphen</translation>
    </message>
    <message>
        <source>the number of values must be at least 1</source>
        <translation>die Anzahl der Werte muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>a probe needs at least 1 input, 1 hidden unit and 2 classes</source>
        <translation>ein Prüfklassifikator braucht mindestens 1 Eingabe, 1 verdeckte Einheit und 2 Klassen</translation>
    </message>
    <message>
        <source>probe input of %1 x %2 with %3 labels, expected n x %4</source>
        <translation>Eingabe des Prüfklassifikators von %1 x %2 mit %3 Labels, erwartet wurde n x %4</translation>
    </message>
    <message>
        <source>probe label %1 outside 0..%2</source>
        <translation>Label %1 des Prüfklassifikators außerhalb von 0..%2</translation>
    </message>
    <message>
        <source>probe option %1 is out of range</source>
        <translation>Option %1 des Prüfklassifikators liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>relation %1 has fewer than two values in %2</source>
        <translation>Relation %1 hat in %2 weniger als zwei Werte</translation>
    </message>
    <message>
        <source>too few humans (%1) for a training, validation and test part</source>
        <translation>zu wenige Menschen (%1) für einen Trainings-, Validierungs- und Testteil</translation>
    </message>
    <message>
        <source>the probe diverged at epoch %1</source>
        <translation>der Prüfklassifikator ist in Epoche %1 divergiert</translation>
    </message>
    <message>
        <source>relation %1 is no relation of the graph</source>
        <translation>Relation %1 ist keine Relation des Graphen</translation>
    </message>
    <message>
        <source>a triple has relation id %1, outside the graph</source>
        <translation>ein Tripel hat die Relations-ID %1, außerhalb des Graphen</translation>
    </message>
    <message>
        <source>embedding row %1 has a value that is not finite</source>
        <translation>Einbettungszeile %1 hat einen Wert, der nicht endlich ist</translation>
    </message>
    <message>
        <source>embedding row %1 has length zero, so it has no direction (cosine and normalised distances are undefined)</source>
        <translation>Einbettungszeile %1 hat die Länge null und damit keine Richtung (Kosinus und normierte Abstände sind nicht definiert)</translation>
    </message>
    <message>
        <source>pair histograms: %1 embedding rows but %2 labels</source>
        <translation>Paar-Histogramme: %1 Einbettungszeilen, aber %2 Labels</translation>
    </message>
    <message>
        <source>pair histograms: need at least two items, got %1</source>
        <translation>Paar-Histogramme: mindestens zwei Elemente nötig, vorhanden: %1</translation>
    </message>
    <message>
        <source>pair histograms: bin count must be positive, got %1</source>
        <translation>Paar-Histogramme: die Anzahl der Klassen muss positiv sein, angegeben: %1</translation>
    </message>
    <message>
        <source>calibration range: need 0 &lt; FAR low &lt; FAR high &lt;= 1, got %1 and %2</source>
        <translation>Kalibrierungsbereich: nötig ist 0 &lt; FAR unten &lt; FAR oben &lt;= 1, angegeben: %1 und %2</translation>
    </message>
    <message>
        <source>calibration range: no classes</source>
        <translation>Kalibrierungsbereich: keine Klassen</translation>
    </message>
    <message>
        <source>calibration range: there are no negative pairs (a single class)</source>
        <translation>Kalibrierungsbereich: es gibt keine negativen Paare (nur eine Klasse)</translation>
    </message>
    <message>
        <source>OPIS: need at least 2 thresholds, got %1</source>
        <translation>OPIS: mindestens 2 Schwellenwerte nötig, angegeben: %1</translation>
    </message>
    <message>
        <source>OPIS: epsilon must lie in (0, 1), got %1</source>
        <translation>OPIS: Epsilon muss in (0, 1) liegen, angegeben: %1</translation>
    </message>
    <message>
        <source>OPIS: need at least two classes with both positive and negative pairs, found %1</source>
        <translation>OPIS: nötig sind mindestens zwei Klassen mit positiven und negativen Paaren, gefunden: %1</translation>
    </message>
    <message>
        <source>retrieval metrics: %1 embedding rows but %2 labels</source>
        <translation>Retrieval-Maße: %1 Einbettungszeilen, aber %2 Labels</translation>
    </message>
    <message>
        <source>retrieval metrics: no class has two or more items</source>
        <translation>Retrieval-Maße: keine Klasse hat zwei oder mehr Elemente</translation>
    </message>
    <message>
        <source>label %1 is not an integer</source>
        <translation>Label %1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>expected a label and at least one value</source>
        <translation>erwartet werden ein Label und mindestens ein Wert</translation>
    </message>
    <message>
        <source>expected %1 values after the label, found %2</source>
        <translation>erwartet werden %1 Werte nach dem Label, gefunden: %2</translation>
    </message>
    <message>
        <source>value %1 in field %2 is not a finite number</source>
        <translation>Wert %1 in Feld %2 ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>no embeddings (expected lines `label,value,...`)</source>
        <translation>keine Einbettungen (erwartet werden Zeilen `Label,Wert,...`)</translation>
    </message>
    <message>
        <source>%1 labels for %2 embedding rows in %3</source>
        <translation>%1 Labels für %2 Einbettungszeilen in %3</translation>
    </message>
    <message>
        <source>cannot open the types file: %1</source>
        <translation>die Typdatei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>expected &apos;entity TAB type&apos;</source>
        <translation>erwartet wird &apos;Entität TAB Typ&apos;</translation>
    </message>
    <message>
        <source>entity &apos;%1&apos; already has a type (line %2)</source>
        <translation>Entität &apos;%1&apos; hat schon einen Typ (Zeile %2)</translation>
    </message>
    <message>
        <source>the entities of the model have %1 type(s) from &apos;%2&apos;; at least two are needed</source>
        <translation>die Entitäten des Modells haben %1 Typ(en) aus &apos;%2&apos;; nötig sind mindestens zwei</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>truncated: %1 of %2 bytes of %3</source>
        <translation>abgeschnitten: %1 von %2 Bytes für %3</translation>
    </message>
    <message>
        <source>unexpected data after the last record</source>
        <translation>unerwartete Daten nach dem letzten Datensatz</translation>
    </message>
    <message>
        <source>corrupt gzip data: %1</source>
        <translation>beschädigte gzip-Daten: %1</translation>
    </message>
    <message>
        <source>not an IDX %1 file: magic number %2, expected %3</source>
        <translation>keine IDX-Datei (%1): magische Zahl %2, erwartet wurde %3</translation>
    </message>
    <message>
        <source>the header promises %1 bytes of data, more than the %2 this reader accepts (damaged header?)</source>
        <translation>der Kopf verspricht %1 Datenbytes, mehr als die %2, die dieses Programm annimmt (Kopf beschädigt?)</translation>
    </message>
    <message>
        <source>the header</source>
        <translation>den Kopf</translation>
    </message>
    <message>
        <source>implausible image size %1 x %2</source>
        <translation>unplausible Bildgröße %1 x %2</translation>
    </message>
    <message>
        <source>pixels (%1 images of %2 x %3)</source>
        <translation>die Pixel (%1 Bilder mit %2 x %3)</translation>
    </message>
    <message>
        <source>%1 labels for the %2 images of %3</source>
        <translation>%1 Labels für die %2 Bilder von %3</translation>
    </message>
    <message>
        <source>MLP: need at least an input and an output width</source>
        <translation>MLP: mindestens eine Eingabe- und eine Ausgabebreite nötig</translation>
    </message>
    <message>
        <source>MLP: layer widths must be positive, got %1</source>
        <translation>MLP: die Schichtbreiten müssen positiv sein, angegeben: %1</translation>
    </message>
    <message>
        <source>%1: %2 embeddings but %3 labels</source>
        <translation>%1: %2 Einbettungen, aber %3 Labels</translation>
    </message>
    <message>
        <source>%1: class vectors have width %2, embeddings %3</source>
        <translation>%1: die Klassenvektoren haben die Breite %2, die Einbettungen %3</translation>
    </message>
    <message>
        <source>%1: class %2 outside 0..%3</source>
        <translation>%1: Klasse %2 außerhalb von 0..%3</translation>
    </message>
    <message>
        <source>TCM: %1 embeddings but %2 labels</source>
        <translation>TCM: %1 Einbettungen, aber %2 Labels</translation>
    </message>
    <message>
        <source>batch sampler: need P &gt;= 1 classes and K &gt;= 1 items, got %1 x %2</source>
        <translation>Batch-Sampler: nötig sind P &gt;= 1 Klassen und K &gt;= 1 Elemente, angegeben: %1 x %2</translation>
    </message>
    <message>
        <source>batch sampler: %1 classes per batch but only %2 classes</source>
        <translation>Batch-Sampler: %1 Klassen je Batch, aber nur %2 Klassen</translation>
    </message>
    <message>
        <source>DML trainer: the network takes %1 inputs but the images have %2 pixels</source>
        <translation>DML-Trainer: das Netz nimmt %1 Eingaben, die Bilder haben aber %2 Pixel</translation>
    </message>
    <message>
        <source>DML trainer: epochs must be positive, got %1</source>
        <translation>DML-Trainer: die Anzahl der Epochen muss positiv sein, angegeben: %1</translation>
    </message>
    <message>
        <source>DML trainer: learning rates must be positive</source>
        <translation>DML-Trainer: die Lernraten müssen positiv sein</translation>
    </message>
    <message>
        <source>embedding images: the network takes %1 inputs, the images have %2 pixels</source>
        <translation>Einbetten der Bilder: das Netz nimmt %1 Eingaben, die Bilder haben %2 Pixel</translation>
    </message>
    <message>
        <source>split: %1 training and %2 evaluation images (labels below %3 are the seen classes)</source>
        <translation>Aufteilung: %1 Trainings- und %2 Auswertungsbilder (Labels unter %3 sind die gesehenen Klassen)</translation>
    </message>
    <message>
        <source>synthetic images: need at least 2 classes, 1 value and 1 item per class (got %1 classes, width %2, %3 / %4 items)</source>
        <translation>synthetische Bilder: nötig sind mindestens 2 Klassen, 1 Wert und 1 Element je Klasse (angegeben: %1 Klassen, Breite %2, %3 / %4 Elemente)</translation>
    </message>
    <message>
        <source>DML comparison: no seed given</source>
        <translation>DML-Vergleich: kein Startwert angegeben</translation>
    </message>
    <message>
        <source>expected %1 TAB-separated fields, found %2</source>
        <translation>erwartet werden %1 durch Tabulatoren getrennte Felder, gefunden: %2</translation>
    </message>
    <message>
        <source>field %1 is empty</source>
        <translation>Feld %1 ist leer</translation>
    </message>
    <message>
        <source>%1 %2 is not a non-negative integer</source>
        <translation>%1 %2 ist keine nicht negative ganze Zahl</translation>
    </message>
    <message>
        <source>id %1 is defined twice</source>
        <translation>ID %1 ist zweimal definiert</translation>
    </message>
    <message>
        <source>URI %1 is defined twice</source>
        <translation>URI %1 ist zweimal definiert</translation>
    </message>
    <message>
        <source>unknown %1 id %2 (not in %3)</source>
        <translation>unbekannte %1-ID %2 (nicht in %3)</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>fehlerhaftes JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON array of [id, [tokens]]</source>
        <translation>erwartet wird ein JSON-Array aus [ID, [Tokens]]</translation>
    </message>
    <message>
        <source>entry %1 is not [id, [tokens]]</source>
        <translation>Eintrag %1 ist nicht [ID, [Tokens]]</translation>
    </message>
    <message>
        <source>entry %1: unknown entity id %2</source>
        <translation>Eintrag %1: unbekannte Entitäts-ID %2</translation>
    </message>
    <message>
        <source>missing file translated_ent_name_*.json</source>
        <translation>Datei translated_ent_name_*.json fehlt</translation>
    </message>
    <message>
        <source>no triples</source>
        <translation>keine Tripel</translation>
    </message>
    <message>
        <source>no test links</source>
        <translation>keine Testverknüpfungen</translation>
    </message>
    <message>
        <source>unknown graph-1 entity %1 (in no triple of rel_triples_1)</source>
        <translation>unbekannte Entität %1 von Graph 1 (in keinem Tripel von rel_triples_1)</translation>
    </message>
    <message>
        <source>unknown graph-2 entity %1 (in no triple of rel_triples_2)</source>
        <translation>unbekannte Entität %1 von Graph 2 (in keinem Tripel von rel_triples_2)</translation>
    </message>
    <message>
        <source>missing split folder %1</source>
        <translation>Aufteilungsordner %1 fehlt</translation>
    </message>
    <message>
        <source>the training share must be in [0, 1)</source>
        <translation>der Trainingsanteil muss in [0, 1) liegen</translation>
    </message>
    <message>
        <source>missing folder</source>
        <translation>Ordner fehlt</translation>
    </message>
    <message>
        <source>neither a DBP15K folder (ent_ids_1) nor an OpenEA folder (rel_triples_1)</source>
        <translation>weder ein DBP15K-Ordner (ent_ids_1) noch ein OpenEA-Ordner (rel_triples_1)</translation>
    </message>
    <message>
        <source>n-gram length must be at least 1</source>
        <translation>die N-Gramm-Länge muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>entity types: clusters and features must be positive</source>
        <translation>Entitätstypen: Cluster und Merkmale müssen positiv sein</translation>
    </message>
    <message>
        <source>alignment encoder: entity %1 was not encoded</source>
        <translation>Abgleichs-Encoder: Entität %1 wurde nicht kodiert</translation>
    </message>
    <message>
        <source>alignment encoder: neighbour %1 was not encoded</source>
        <translation>Abgleichs-Encoder: Nachbar %1 wurde nicht kodiert</translation>
    </message>
    <message>
        <source>alignment training needs training links</source>
        <translation>das Abgleichstraining braucht Trainingsverknüpfungen</translation>
    </message>
    <message>
        <source>alignment training: options out of range</source>
        <translation>Abgleichstraining: Optionen außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>alignment evaluation needs test links</source>
        <translation>die Abgleichsauswertung braucht Testverknüpfungen</translation>
    </message>
    <message>
        <source>test links are not one-to-one: graph-2 entity %1 twice</source>
        <translation>die Testverknüpfungen sind nicht eineindeutig: Entität %1 von Graph 2 kommt zweimal vor</translation>
    </message>
    <message>
        <source>record the alignment run</source>
        <translation>Abgleichslauf festhalten</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the demo views: %1</source>
        <translation>für die Demo-Ansichten kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>adversarial filters: sensitive relation id %1 is out of range (%2 relations)</source>
        <translation>adversariale Filter: die ID %1 der sensiblen Relation liegt außerhalb des Bereichs (%2 Relationen)</translation>
    </message>
    <message>
        <source>adversarial filters: an attribute needs at least 2 classes (topValues %1)</source>
        <translation>adversariale Filter: ein Attribut braucht mindestens 2 Klassen (topValues %1)</translation>
    </message>
    <message>
        <source>adversarial filters: relation %1 has fewer than two values in the chosen splits</source>
        <translation>adversariale Filter: Relation %1 hat in den gewählten Teilen weniger als zwei Werte</translation>
    </message>
    <message>
        <source>adversarial filters: relation %1 has no labelled people</source>
        <translation>adversariale Filter: Relation %1 hat keine gelabelten Personen</translation>
    </message>
    <message>
        <source>adversarial filters: no attribute %1 (%2 filters)</source>
        <translation>adversariale Filter: kein Attribut %1 (%2 Filter)</translation>
    </message>
    <message>
        <source>adversarial filters: %1</source>
        <translation>adversariale Filter: %1</translation>
    </message>
    <message>
        <source>the base loss must be softmax</source>
        <translation>der Grundverlust muss Softmax sein</translation>
    </message>
    <message>
        <source>needs at least one sensitive attribute</source>
        <translation>braucht mindestens ein sensibles Attribut</translation>
    </message>
    <message>
        <source>gamma must be &gt;= 0</source>
        <translation>Gamma muss &gt;= 0 sein</translation>
    </message>
    <message>
        <source>hidden sizes must not be negative</source>
        <translation>die verdeckten Größen dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>discriminator steps must be &gt;= 0</source>
        <translation>die Diskriminatorschritte müssen &gt;= 0 sein</translation>
    </message>
    <message>
        <source>learning rates must be positive</source>
        <translation>die Lernraten müssen positiv sein</translation>
    </message>
    <message>
        <source>adversarial training diverged at epoch %1 (link loss %2, adversarial term %3 in batch %4); try a lower gamma or learning rate</source>
        <translation>das adversariale Training ist in Epoche %1 divergiert (Verknüpfungsverlust %2, adversarialer Term %3 in Batch %4); ein kleineres Gamma oder eine kleinere Lernrate versuchen</translation>
    </message>
    <message>
        <source>KL term: relation %1 out of range</source>
        <translation>KL-Term: Relation %1 außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>KL term: the weight of %1 must be &gt;= 0</source>
        <translation>KL-Term: das Gewicht von %1 muss &gt;= 0 sein</translation>
    </message>
    <message>
        <source>KL term: %1 needs at least 2 top values</source>
        <translation>KL-Term: %1 braucht mindestens 2 häufigste Werte</translation>
    </message>
    <message>
        <source>KL term: %1 has fewer than two values in train</source>
        <translation>KL-Term: %1 hat im Training weniger als zwei Werte</translation>
    </message>
    <message>
        <source>KL term: the target of %1 has %2 entries, the relation has %3 top values</source>
        <translation>KL-Term: das Ziel von %1 hat %2 Einträge, die Relation hat %3 häufigste Werte</translation>
    </message>
    <message>
        <source>KL term: the target of %1 must be &gt;= 0 and sum to 1</source>
        <translation>KL-Term: das Ziel von %1 muss &gt;= 0 sein und sich zu 1 summieren</translation>
    </message>
    <message>
        <source>whitelist: unknown entry kind &apos;%1&apos; (expected relation, profession or entity)</source>
        <translation>Whitelist: unbekannte Eintragsart &apos;%1&apos; (erwartet: relation, profession oder entity)</translation>
    </message>
    <message>
        <source>whitelist: &apos;%1&apos; without a key</source>
        <translation>Whitelist: &apos;%1&apos; ohne Schlüssel</translation>
    </message>
    <message>
        <source>whitelist: &apos;%1 %2&apos; has no reason (say why the attribute may be used)</source>
        <translation>Whitelist: &apos;%1 %2&apos; hat keine Begründung (angeben, warum das Attribut verwendet werden darf)</translation>
    </message>
    <message>
        <source>cannot read the whitelist: %1</source>
        <translation>die Whitelist kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>whitelist: %1 is no value of the target relation %2</source>
        <translation>Whitelist: %1 ist kein Wert der Zielrelation %2</translation>
    </message>
    <message>
        <source>attribute embeddings: relation %1 out of range</source>
        <translation>Attributeinbettungen: Relation %1 außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>attribute embeddings: relation %1 given twice</source>
        <translation>Attributeinbettungen: Relation %1 zweimal angegeben</translation>
    </message>
    <message>
        <source>attribute embeddings: %1 has no value in train</source>
        <translation>Attributeinbettungen: %1 hat keinen Wert im Training</translation>
    </message>
    <message>
        <source>debiasing: the training loss must be softmax</source>
        <translation>Entzerrung: der Trainingsverlust muss Softmax sein</translation>
    </message>
    <message>
        <source>debiasing: %1 needs at least one sensitive relation</source>
        <translation>Entzerrung: %1 braucht mindestens eine sensible Relation</translation>
    </message>
    <message>
        <source>debiasing: target relation %1 out of range</source>
        <translation>Entzerrung: Zielrelation %1 außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>this build cannot read or write HDF5 files (PyTorch-BigGraph checkpoints): install libhdf5-dev and configure again</source>
        <translation>dieses Programm kann keine HDF5-Dateien (PyTorch-BigGraph-Checkpoints) lesen oder schreiben: libhdf5-dev installieren und neu konfigurieren</translation>
    </message>
    <message>
        <source>not a readable HDF5 file</source>
        <translation>keine lesbare HDF5-Datei</translation>
    </message>
    <message>
        <source>cannot create the HDF5 file</source>
        <translation>die HDF5-Datei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>no group %1</source>
        <translation>keine Gruppe %1</translation>
    </message>
    <message>
        <source>cannot list group %1</source>
        <translation>Gruppe %1 kann nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>no dataset %1</source>
        <translation>kein HDF5-Datensatz %1</translation>
    </message>
    <message>
        <source>dataset %1 has an unsupported shape</source>
        <translation>HDF5-Datensatz %1 hat eine nicht unterstützte Form</translation>
    </message>
    <message>
        <source>dataset %1 has %2 dimensions, expected 1 to 3</source>
        <translation>HDF5-Datensatz %1 hat %2 Dimensionen, erwartet werden 1 bis 3</translation>
    </message>
    <message>
        <source>dataset %1 is not numeric</source>
        <translation>HDF5-Datensatz %1 ist nicht numerisch</translation>
    </message>
    <message>
        <source>cannot read dataset %1 as float32</source>
        <translation>HDF5-Datensatz %1 kann nicht als float32 gelesen werden</translation>
    </message>
    <message>
        <source>rows %1..%2 are outside dataset %3</source>
        <translation>die Zeilen %1..%2 liegen außerhalb von HDF5-Datensatz %3</translation>
    </message>
    <message>
        <source>cannot read rows of dataset %1</source>
        <translation>Zeilen von HDF5-Datensatz %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>attribute %1 of %2 is not a string</source>
        <translation>Attribut %1 von %2 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>cannot read attribute %1</source>
        <translation>Attribut %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot write dataset %1 of %2 dimensions</source>
        <translation>HDF5-Datensatz %1 mit %2 Dimensionen kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write dataset %1</source>
        <translation>HDF5-Datensatz %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write attribute %1</source>
        <translation>Attribut %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot finish writing the HDF5 file</source>
        <translation>das Schreiben der HDF5-Datei kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>cannot rename the written file into place</source>
        <translation>die geschriebene Datei kann nicht an ihren Platz umbenannt werden</translation>
    </message>
    <message>
        <source>embedding dimension %1 is outside 1..%2</source>
        <translation>die Einbettungsdimension %1 liegt außerhalb von 1..%2</translation>
    </message>
    <message>
        <source>the entity table has %1 columns, expected %2</source>
        <translation>die Entitätstabelle hat %1 Spalten, erwartet wurden %2</translation>
    </message>
    <message>
        <source>complex_diagonal needs an even dimension, got %1</source>
        <translation>complex_diagonal braucht eine gerade Dimension, angegeben: %1</translation>
    </message>
    <message>
        <source>complex_l1 needs an even dimension and no bias coordinate</source>
        <translation>complex_l1 braucht eine gerade Dimension und keine Bias-Koordinate</translation>
    </message>
    <message>
        <source>the right-hand side operator parameters are %1 x %2, expected %3 x %4</source>
        <translation>die Operatorparameter der rechten Seite sind %1 x %2, erwartet wurde %3 x %4</translation>
    </message>
    <message>
        <source>the left-hand side operator parameters are %1 x %2, expected %3 x %4</source>
        <translation>die Operatorparameter der linken Seite sind %1 x %2, erwartet wurde %3 x %4</translation>
    </message>
    <message>
        <source>the model has no relations</source>
        <translation>das Modell hat keine Relationen</translation>
    </message>
    <message>
        <source>relations use different operators</source>
        <translation>die Relationen verwenden verschiedene Operatoren</translation>
    </message>
    <message>
        <source>the PBG bias coordinate has no engine form</source>
        <translation>die PBG-Bias-Koordinate hat keine Entsprechung im Rechenkern</translation>
    </message>
    <message>
        <source>the score offset (gamma) is not kept</source>
        <translation>der Bewertungsversatz (Gamma) wird nicht übernommen</translation>
    </message>
    <message>
        <source>standard-relation translation + dot scores tails as &lt;h, t + r&gt;, which no engine type does</source>
        <translation>Translation + Skalarprodukt mit Standardrelationen bewertet Enden als &lt;h, t + r&gt;, was kein Modelltyp des Rechenkerns tut</translation>
    </message>
    <message>
        <source>operator %1 with comparator %2 has no engine form</source>
        <translation>Operator %1 mit Vergleicher %2 hat keine Entsprechung im Rechenkern</translation>
    </message>
    <message>
        <source>query triple %1 (%2, %3, %4) is outside the model</source>
        <translation>Anfragetripel %1 (%2, %3, %4) liegt außerhalb des Modells</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON an Byte %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON list of names</source>
        <translation>erwartet wird eine JSON-Liste von Namen</translation>
    </message>
    <message>
        <source>name %1 is not a string</source>
        <translation>Name %1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>no %1 in %2</source>
        <translation>kein %1 in %2</translation>
    </message>
    <message>
        <source>dataset %1 is %2 x %3, expected %4 x %5</source>
        <translation>HDF5-Datensatz %1 ist %2 x %3, erwartet wurde %4 x %5</translation>
    </message>
    <message>
        <source>expected one integer, the checkpoint version</source>
        <translation>erwartet wird eine ganze Zahl, die Checkpoint-Version</translation>
    </message>
    <message>
        <source>unknown comparator &apos;%1&apos;</source>
        <translation>unbekannter Vergleicher &apos;%1&apos;</translation>
    </message>
    <message>
        <source>config has no entity types</source>
        <translation>die Konfiguration hat keine Entitätstypen</translation>
    </message>
    <message>
        <source>entity type &apos;%1&apos; is featurized, which is not supported</source>
        <translation>Entitätstyp &apos;%1&apos; hat Merkmale (featurized), das wird nicht unterstützt</translation>
    </message>
    <message>
        <source>embeddings have %1 columns, config dimension is %2</source>
        <translation>die Einbettungen haben %1 Spalten, die Dimension der Konfiguration ist %2</translation>
    </message>
    <message>
        <source>%1 names for %2 embedding rows in %3</source>
        <translation>%1 Namen für %2 Einbettungszeilen in %3</translation>
    </message>
    <message>
        <source>entity name &apos;%1&apos; appears twice</source>
        <translation>Entitätsname &apos;%1&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>config has no relations</source>
        <translation>die Konfiguration hat keine Relationen</translation>
    </message>
    <message>
        <source>unknown operator &apos;%1&apos;</source>
        <translation>unbekannter Operator &apos;%1&apos;</translation>
    </message>
    <message>
        <source>relation name &apos;%1&apos; appears twice</source>
        <translation>Relationsname &apos;%1&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation>die Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>PyTorch-BigGraph has no %1 comparator (TransE L1 and RotatE cannot be exported as a PBG checkpoint)</source>
        <translation>PyTorch-BigGraph hat keinen Vergleicher %1 (TransE L1 und RotatE können nicht als PBG-Checkpoint exportiert werden)</translation>
    </message>
    <message>
        <source>PyTorch-BigGraph scores have no offset (gamma)</source>
        <translation>PyTorch-BigGraph-Bewertungen haben keinen Versatz (Gamma)</translation>
    </message>
    <message>
        <source>the key lists do not match the model&apos;s tables</source>
        <translation>die Schlüssellisten passen nicht zu den Tabellen des Modells</translation>
    </message>
    <message>
        <source>dynamic relations share one operator type</source>
        <translation>dynamische Relationen teilen sich einen Operatortyp</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation>kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>expected one *%1 file, found %2</source>
        <translation>erwartet wird genau eine *%1-Datei, gefunden: %2</translation>
    </message>
    <message>
        <source>unsupported DGL-KE model &apos;%1&apos; (TransE_l1, TransE_l2, DistMult, ComplEx, RotatE)</source>
        <translation>nicht unterstütztes DGL-KE-Modell &apos;%1&apos; (TransE_l1, TransE_l2, DistMult, ComplEx, RotatE)</translation>
    </message>
    <message>
        <source>no &lt;dataset&gt;_&lt;model&gt;_entity.npy of a supported model</source>
        <translation>keine &lt;dataset&gt;_&lt;model&gt;_entity.npy eines unterstützten Modells</translation>
    </message>
    <message>
        <source>%1 rows but %2 entity names</source>
        <translation>%1 Zeilen, aber %2 Entitätsnamen</translation>
    </message>
    <message>
        <source>%1 rows but %2 relation names</source>
        <translation>%1 Zeilen, aber %2 Relationsnamen</translation>
    </message>
    <message>
        <source>entity vectors have %1 floats, the %2 relation vectors need %3</source>
        <translation>die Entitätsvektoren haben %1 Gleitkommazahlen, die %2-Relationsvektoren brauchen %3</translation>
    </message>
    <message>
        <source>DGL-KE has no translation + dot model (TransEDot); export it as a PyTorch-BigGraph checkpoint</source>
        <translation>DGL-KE hat kein Modell aus Translation + Skalarprodukt (TransEDot); es als PyTorch-BigGraph-Checkpoint exportieren</translation>
    </message>
    <message>
        <source>DGL-KE keeps one relation table; this model has a second one for head prediction</source>
        <translation>DGL-KE hat nur eine Relationstabelle; dieses Modell hat eine zweite für die Kopfvorhersage</translation>
    </message>
    <message>
        <source>dataset %1 is not a matrix</source>
        <translation>HDF5-Datensatz %1 ist keine Matrix</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot memory-map the file</source>
        <translation>die Datei kann nicht in den Speicher eingeblendet werden</translation>
    </message>
    <message>
        <source>corrupt key section</source>
        <translation>beschädigter Schlüsselabschnitt</translation>
    </message>
    <message>
        <source>corrupt key section: repeated keys</source>
        <translation>beschädigter Schlüsselabschnitt: wiederholte Schlüssel</translation>
    </message>
    <message>
        <source>only 2-D &apos;&lt;f4&apos; C-order arrays can be memory-mapped; convert the file (readNpy + writeNpy) first</source>
        <translation>nur 2-D-Arrays &apos;&lt;f4&apos; in C-Reihenfolge können eingeblendet werden; die Datei zuerst umwandeln (readNpy + writeNpy)</translation>
    </message>
    <message>
        <source>truncated: the header promises %1 data bytes</source>
        <translation>abgeschnitten: der Kopf verspricht %1 Datenbytes</translation>
    </message>
    <message>
        <source>the array data is not aligned for mapping</source>
        <translation>die Array-Daten sind für das Einblenden nicht ausgerichtet</translation>
    </message>
    <message>
        <source>model format version %1 cannot be mapped by this build</source>
        <translation>die Modellformat-Version %1 kann von diesem Programm nicht eingeblendet werden</translation>
    </message>
    <message>
        <source>corrupt header</source>
        <translation>beschädigter Kopf</translation>
    </message>
    <message>
        <source>truncated or corrupt: the header describes %1 bytes, the file has %2</source>
        <translation>abgeschnitten oder beschädigt: der Kopf beschreibt %1 Bytes, die Datei hat %2</translation>
    </message>
    <message>
        <source>%1 id %2 is outside 0..%3</source>
        <translation>%1-ID %2 liegt außerhalb von 0..%3</translation>
    </message>
    <message>
        <source>the entity rows have %1 floats, the scorer needs %2</source>
        <translation>die Entitätszeilen haben %1 Gleitkommazahlen, die Bewertung braucht %2</translation>
    </message>
    <message>
        <source>the humans must be in increasing id order</source>
        <translation>die Menschen müssen nach aufsteigender ID geordnet sein</translation>
    </message>
    <message>
        <source>no second sensitive value</source>
        <translation>kein zweiter sensibler Wert</translation>
    </message>
    <message>
        <source>the model (%1 entities, %2 relations) does not fit the graph (%3, %4): match keys first</source>
        <translation>das Modell (%1 Entitäten, %2 Relationen) passt nicht zum Graphen (%3, %4): zuerst die Schlüssel abgleichen</translation>
    </message>
    <message>
        <source>attribute embeddings: %1 attribute rows, the layout has %2</source>
        <translation>Attributeinbettungen: %1 Attributzeilen, die Anordnung hat %2</translation>
    </message>
    <message>
        <source>attribute scoring: %1 x %2 attribute sums for a model of %3 x %4</source>
        <translation>Attributbewertung: %1 x %2 Attributsummen für ein Modell mit %3 x %4</translation>
    </message>
    <message>
        <source>attribute scoring: the whitelist was resolved against another graph</source>
        <translation>Attributbewertung: die Whitelist wurde für einen anderen Graphen aufgelöst</translation>
    </message>
    <message>
        <source>composite rows: the start offsets do not index the rows</source>
        <translation>Zusammengesetzte Zeilen: die Startpositionen passen nicht zu den Zeilen</translation>
    </message>
    <message>
        <source>composite rows: entity %1 out of range</source>
        <translation>Zusammengesetzte Zeilen: Entität %1 außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>the graph-facts probe diverged at epoch %1</source>
        <translation>der Graphfakten-Prüfklassifikator ist in Epoche %1 divergiert</translation>
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
    <message>
        <source>CG-MuAlign · %1</source>
        <translation>CG-MuAlign · %1</translation>
    </message>
    <message>
        <source>Cancelled by the user; its epochs up to the last one recorded are kept.</source>
        <translation>Vom Benutzer abgebrochen; seine Epochen bis zur zuletzt gespeicherten bleiben erhalten.</translation>
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
    <message>
        <source>No decisions yet:
approve or reject a few pairs.</source>
        <translation>Noch keine Entscheidungen:
erst einige Paare annehmen
oder ablehnen.</translation>
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
        <source>threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>A pair is accepted when its score is at or above the threshold. Click or drag in the chart to move the threshold.</source>
        <translation>Ein Paar wird angenommen, wenn seine Bewertung die Schwelle erreicht oder übersteigt. Im Diagramm klicken oder ziehen, um die Schwelle zu verschieben.</translation>
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
    <message>
        <source>TransE (L1 distance) with self-adversarial negatives, tuned on FB15k-237.</source>
        <translation>TransE (L1-Abstand) mit selbst-adversarialen Negativbeispielen, auf FB15k-237 abgestimmt.</translation>
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
