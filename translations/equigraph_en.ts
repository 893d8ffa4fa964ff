<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLine</name>
    <message>
        <source>Equigraph: a workbench for bias, threshold consistency and entity alignment in knowledge-graph embeddings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session file (.equigraph), a triples folder or a triples file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the built-in demo world at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this workbench first: bias, thresholds or alignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one path to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown workbench &apos;%1&apos;: use bias, thresholds or alignment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the work in this session file (created when missing). Without it, the last session used is opened, or else the default session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::AlignmentPage</name>
    <message>
        <source>DBP15K or OpenEA folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approved %n pair(s) with score ≥ %1 (Ctrl+Z takes them back).</source>
        <translation>
            <numerusform>Approved %n pair with score ≥ %1 (Ctrl+Z takes it back).</numerusform>
            <numerusform>Approved %n pairs with score ≥ %1 (Ctrl+Z takes them back).</numerusform>
        </translation>
    </message>
    <message>
        <source>Alignment training cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring failed: the training job ended with an error (see the jobs and log panels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>align demo views (seed %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>align %1 (seed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No writable session was open: the review is kept in %1 (File &gt; Save Session As to keep it elsewhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session to record the alignment in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Hits@1 %2, MRR %3, PRAUC %4 (refined); %5 candidates to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has no alignment run yet.
Press &quot;Train on demo views&quot; (or pick a DBP15K / OpenEA folder) to propose pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session is open.
Press &quot;Train on demo views&quot; to start: a session for the review is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate found: this run proposed no pair to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every candidate of this run has a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed %1 of %2: %3 approved, %4 rejected, %5 unsure; %6 pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; ↔ &lt;b&gt;%2&lt;/b&gt; — %3, candidate %4 of its entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;score %1 · model %2 · name similarity %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · a reference link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · not a reference link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;blind mode: scores hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the merged graph with %1 sameAs links to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 sameAs links to %2 (the graphs of this run are not loaded: train again to write the merged triples).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the decisions to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a writable session with an alignment run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 decisions from %2 (%3 lines for pairs not in this run skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on demo views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train and evaluate on the demo world&apos;s two noisy views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train on folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DBP15K or OpenEA folder (two graphs and their links).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-graph attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind (hide scores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export / import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export merged graph (TSV with sameAs)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TSV files (*.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export decisions (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import decisions (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (optional, kept in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsure (U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come back to it later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (⌫)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair shown before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigh each neighbour by how well it matches the neighbours of the entity in the other graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigh each neighbour by the relation that links it to the entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refined model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run #%1 on the test links of the data set: the entity names alone, and the model after its refinement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhoods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;≠ The refined score and the model&apos;s own score disagree (%1 against %2): look at both neighbourhoods before deciding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disagreeing scores first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs whose refined score and model score are furthest apart first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::BiasDataSets</name>
    <message>
        <source>Demo world (built in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::BiasDebias</name>
    <message>
        <source>%1 trains with the softmax loss: choose the settings “demo” or “fisher-pbg”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has none of the sensitive relations gender, religion, ethnicity, nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ = %1; filters for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL weights: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; whitelist %1 (%2 entries)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::BiasLoadDialog</name>
    <message>
        <source>Load Embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equigraph model file (.egm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy matrices with name maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>word2vec text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name maps (*.tsv *.tsv.gz *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equigraph models (*.egm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity vectors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation vectors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>word2vec file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>word2vec text (*.txt *.vec *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation key prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TransE (dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TransE (L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TransE (L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DistMult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComplEx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the vectors are scored (a model file says it itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::BiasMeasuresModel</name>
    <message>
        <source>Difference in scores, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe accuracy, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most frequent class, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe gap (accuracy − most frequent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph facts alone: probe accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph facts alone: probe gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean over training people of the score of their true value minus the mean score of the other frequent values (Fisher et al. 2020); 0 = no preference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of held-out people whose value a small neural network reads from their embedding, mean over %1 splits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of held-out people with the commonest value: what always guessing it would score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe accuracy minus the most-frequent-class rate: how much the embedding tells beyond the base rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same people and splits classified from their other facts in the graph, without the sensitive relations and their mirrors; needs no model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph-facts probe accuracy minus the most-frequent-class rate: what the training facts themselves reveal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::BiasMeasuresView</name>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A probe gap below the graph facts’ gap means the embedding tells the attribute less well than the facts it is trained on; a difference in scores near 0 means the model prefers no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the measures as a CSV table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Choose another model or show the tab again to compute the measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measures could not be computed (see Jobs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the measures of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive relations of %1; probe on %2, mean over %3 held-out splits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias measures of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no measures to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference in scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true value − mean of the others (score units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy − most frequent class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graph facts alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph facts without the triples of the whitelist %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::BiasMethods</name>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link prediction only: the model learns whatever the graph holds, biases included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a KL term pulling each person&apos;s scores for the sensitive values towards uniform (Fisher et al. 2020).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL + Attr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL term plus attribute embeddings for the triples where the attribute is legitimate (Fisher et al. 2020).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adversarial filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters trained against a discriminator that tries to recover the attribute (Bose &amp; Hamilton 2019).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>γ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This method is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::BiasModelList</name>
    <message>
        <source>TransE (L%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TransE (dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DistMult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComplEx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, dim %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::BiasModelsView</name>
    <message>
        <source>New model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list of models as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a model, or load embeddings, to measure their bias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · loss %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · validation MRR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop training this model (the epochs done stay in the session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % · %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::BiasPage</name>
    <message>
        <source>Export &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a one-page HTML report of the current comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a model, or load embeddings, to measure their bias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trained on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load embeddings for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade-off sweep (%1 weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot measure with these settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sensitive relation, two different values and a target relation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3 people, B_p computed in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top ±k B_p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B_p against the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two models per profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no model to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot train %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run the sweep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference in scores, %1 (score units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep of %1 weights: %2 models of %3 epochs on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the session&apos;s models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Load %n model(s) of the session</source>
        <translation>
            <numerusform>Load %n model of the session</numerusform>
            <numerusform>Load %n models of the session</numerusform>
        </translation>
    </message>
    <message>
        <source>A model of the session was not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::BiasPlotsView</name>
    <message>
        <source>Choose a second model in “Compare with” to see how each profession&apos;s B_p moves between the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference in scores (score units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation MRR (filtered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top ±k B_p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B_p against the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two models per profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality against bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B_p (score change, α = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data skew: log ratio towards %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>towards %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spearman ρ: n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spearman ρ = %1 (%2 professions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Sweep trains one KL model per weight with the settings of the Models form
(KL + Attr when chosen there) and draws each weight&apos;s point as it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL &amp;weights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factors on the default KL weights (gender 1, the other sensitive relations 100), one model each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a model for each weight as one job and plot its validation MRR against the remaining bias</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::BiasReport</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data skew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias comparison: %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all other values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a) against %2 (b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step α</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum people (C_a + C_b)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professions kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spearman ρ (B_p, data skew)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most biased towards %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B_p: mean change of a profession&apos;s score when every person is moved one step α towards a (Fisher et al., 2020). Positive: towards a.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>the HTML lang code of this translation&apos;s language (de, fr, ...)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::BiasSessionRuns</name>
    <message>
        <source>the model of run %1 belongs to another data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 of the session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::BiasSettingsBar</name>
    <message>
        <source>The model whose bias the views show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second model for the rank change, the paired plot and the educator view (same data set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sensitive relation r_s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value a: positive B_p means “towards a”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value b, or all other values of the relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target relation r_p whose values are ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep professions with at least this many people with value a or b (Fisher et al.: 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per table and bars per side of the bar chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step length α of the move towards a (Fisher et al.: 0.01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sensitive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min. &amp;people:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;α:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all other values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all others</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::BiasTableModel</name>
    <message>
        <source>Not ranked in %1 with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank %1 in %2, rank %3 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B_p: mean change of the profession&apos;s score when each person is moved one step (α) towards %1 (score units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log((C_a + ½)/(C_b + ½)) − log((N_a + ½)/(N_b + ½)): the data&apos;s own skew towards %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities with this profession, whatever their value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank in %1 minus rank here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank in the comparison model minus rank here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ rank vs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data skew (log ratio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B_p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Δ rank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::BiasTablesView</name>
    <message>
        <source>Search professions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every row of this table, as sorted and filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most biased towards %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 professions have at least %3 people with %4 or %5; %6 people measured. Spearman ρ between B_p and the data skew: %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no table to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::BiasTrainPanel</name>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load Embeddings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a model on the data set; progress and Cancel are in the jobs panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add embeddings trained elsewhere (.egm, .npy with name maps, word2vec text) for the chosen data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ethod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;oring:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;imension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;pochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL and KL + Attr: a factor on the default KL weights (gender 1, religion, ethnicity and nationality 100). Adversarial filters: γ, the weight of the discriminators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL + Attr: the triples where the sensitive attribute is legitimate (e.g. docs/fb15k-whitelist.txt for FB15k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a whitelist file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hitelist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::CandidateModel</name>
    <message>
        <source>✓ same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ %1</source>
        <comment>a score the model&apos;s own score disagrees with</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refined %1 · model %2 · names %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refined score and the model&apos;s own score disagree: look at both neighbourhoods.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::DataController</name>
    <message>
        <source>Not available yet: this build has no triples loader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet: this build has no demo world generator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the demo world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data set %1: %2 entities, %3 relations, %4 triples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the session %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session %1 is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the session %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is read-only (%1). Use Save As to continue in a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the session %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Session As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the session as %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the session as %1; it is the current session now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::DatasetPanel</name>
    <message>
        <source>No recent sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent sessions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (train %2, valid %3, test %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session file open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
    <message>
        <source>Current: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: changes are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::DecisionIo</name>
    <message>
        <source>imported from %1, decided %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::DecisionModel</name>
    <message>
        <source>undo (of #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::EducatorScene</name>
    <message>
        <source>+ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC 1 (%1 % of variance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC 2 (%1 % of variance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most likely %1 of %2 at α = %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model scores by distance: the nearer a %1 lies to “+ %1” in the full space, the likelier it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model scores with a dot product: the likeliest %1 is the one furthest along “+ %1”, not the nearest point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large dot: %1; hollow: moved by α along the direction that raises the score of %2 over %3. Dashed arrows: the person plus the %4 relation and plus the %5 relation. Axes: the first two principal components of the vectors shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::EducatorView</name>
    <message>
        <source>Type a person&apos;s name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the person along the gradient of m(e) = g(e, r_s, a) − g(e, r_s, b): right towards a, left towards b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bias score moves each person a small step α in the direction that makes the model more sure they are %1 rather than %2, and measures how the scores of the professions change. Drag α to make that step large and see which professions the model then finds most likely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train or load a model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>α = %1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::EmbeddingLoader</name>
    <message>
        <source>%1 of the data set&apos;s %2 entities have no vector in the file: the embeddings belong to another data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the data set&apos;s relations has a vector in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entities without a vector (zero rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 relations without a vector (zero rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vectors of entities the data set does not have</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::EmbeddingScatterPlot</name>
    <message>
        <source>Principal component 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal component 2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::Error</name>
    <message>
        <source>no session is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Equigraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder for the model files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the trained model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed figure: %1 %2 is not an entity of the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed figure: %1 %2 is not a relation of the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed figure: no model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed figure: no value to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import decisions from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verdict &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, expected a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank line before the end of the file (blank lines are accepted only at the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a file, expected a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no training triples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a graph folder: expected train.txt, train.tsv or entity2id.txt in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing file: train.txt or train.tsv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 field is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 3 tab-separated fields (head, relation, tail), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty %1 field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3 field) does not occur in the training triples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is out of range (there are no ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is out of range (0 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1 announces %1 entries but the file has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file: line 1 should hold the number of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1 should hold only the number of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more entries than the %1 announced on line 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a name and an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 was already given on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name %1 was already given on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 id %2 (%3) does not occur in the training triples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected 3 fields (head tail relation), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected `key TAB name`, found no tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty key field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjacency: triple (%1, %2, %3) has an entity outside 0..%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation statistics: relation %1 outside 0..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start gzip decompression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip data is corrupt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip data is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated .npy file (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an .npy file (it does not start with \x93NUMPY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated .npy header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated .npy header (declares %1 bytes, the file has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a 2-D array, found shape (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated .npy file: shape (%1, %2) needs %3 data bytes, %4 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unexpected bytes after the array data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a quoted key or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &apos;descr&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;descr&apos; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &apos;fortran_order&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;fortran_order&apos; is not True or False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &apos;shape&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;shape&apos; is not a tuple of integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the closing &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed .npy header: %1 at header offset %2 (header: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;)&apos; in the shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>structured (record) dtypes are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, True, False or a tuple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported .npy dtype &apos;%1&apos; (float32 &apos;&lt;f4&apos;, float64 &apos;&lt;f8&apos;, complex64 &apos;&lt;c8&apos; or complex128 &apos;&lt;c16&apos; expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported .npy format version %1.%2 (1.0, 2.0 and 3.0 are known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated .npy header (declares %1 bytes, %2 present)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save: the %1 matrix is %2 x %3, expected %4 x %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save: invalid model spec (dim %1, norm %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Equigraph model file (wrong magic bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: %1 bytes, shorter than the %2-byte header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer Equigraph: model format version %1, this build reads up to version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt header: format version 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt header: model type %1, dim %2, norm %3, flags %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the header describes sections larger than the %1-byte file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the header describes %1 bytes, the file has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt: %1 unexpected bytes after the checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum mismatch (stored %1, computed %2): the file is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inconsistent contents: the metadata is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inconsistent contents: the %1 key section (%2 bytes) does not hold exactly %3 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inconsistent contents: %1 key &apos;%2&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quoted name (line breaks inside names are not supported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export: matrix is %1 x %2, expected %3 x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export: the model has right-hand-side relation vectors but no file was named for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>norm must be 1 or 2, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, but %2 names %3 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns, but the entity vectors have %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns cannot hold %2 vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;id&lt;TAB&gt;name&apos;, found no tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is not a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 is out of range: the file has %2 entries, so ids must be 0..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 already appeared on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &apos;%1&apos; already has id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export: key %1 (&apos;%2&apos;) holds a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export: key &apos;%1&apos; becomes the word2vec key &apos;%2&apos;, as an earlier key did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export: %1 vectors for %2 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export: the matrices do not match the keys and spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export: entity key &apos;%1&apos; starts with the relation prefix &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;count dim&apos; (two integers, dim &gt;= 1) on the first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more vectors than the %1 announced on the first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; already appeared on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1 (&apos;%2&apos;) is not a float32 number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 values after the key, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line announces %1 vectors, the file holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values per vector cannot hold complex vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softmax hook: gradient row %1 out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training diverged at epoch %1 (loss %2 in batch %3); try a lower learning rate or stronger regularization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softmax extra rows: entity %1 out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softmax trainer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1 is not supported (transe-dot, distmult or complex)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch size must be &gt;= 0 and batches per epoch &gt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative counts must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs uniform negatives or at least 2 batch negatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regularization, warm-up and init scale must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threads must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs entities, relations and training triples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sampledEntities must be in [0, entityCount]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triple %1 (%2, %3, %4) has an id out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the initial model does not match the configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training needs at least one entity and one relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training triple %1 (%2, %3, %4) has an id out of range (%5 entities, %6 relations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the initial model (%1, dim %2, %3 x %4 entities) does not match the configuration (%5, dim %6, %7 entities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension must be between 1 and 65536 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TransE norm must be 1 or 2 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs must not be negative (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch size must not be negative (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batches per epoch must be at least 1 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate must be positive and finite (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>margin must be finite (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adversarial temperature must be finite and not negative (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regularization must be finite and not negative (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm-up epochs must be finite and not negative (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init scale must be finite and not negative (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threads must not be negative (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the softmax loss needs a dot-form model (transe-dot, distmult, complex); train the TransE distance form with the margin or self-adversarial loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the softmax loss needs uniform negatives or at least 2 batch negatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the negative-sharing chunk must be between 0 and 4096 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative sampling needs at least 2 entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the margin trainer takes fewer than 2^31 triples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training diverged at epoch %1 (loss %2): lower the learning rate (now %3) or the initial scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the margin trainer handles the margin and self-adversarial losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separateRhs (a second relation table for head prediction) needs the softmax loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batchNegatives is a softmax setting: the margin and self-adversarial losses use `negatives` uniform negatives per positive (set batchNegatives to 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negatives must be between 1 and 65536 for the %1 loss (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>margin must be positive for the margin loss (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model has embeddings that are not finite numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query triple %1 (%2, %3, %4) is outside the model (%5 entities, %6 relations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtered ranking needs the known triples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model dimension must be positive, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TransE norm must be 1 or 2, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model embeddings have %1 and %2 columns, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model has separate right-hand-side relations but its second relation table is %1 x %2, expected %3 x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 kernel chunks must start at a multiple of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo world: unknown key %1 in a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo world: entity key %1 generated twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo world: people must be 50 .. 100000, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo world: valid and test shares must be &gt;= 0 and sum to at most 0.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo world: knowsPerPerson must be 0 .. 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alignment views: ratios must be in [0, 1] and onlyInOneView in [0, 0.25]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session file name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is open in another Equigraph (%1, process %2 on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is open in another Equigraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its lock file %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the session: the file already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the session: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the application id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the session&apos;s creation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened read-only as asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened read-only because %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has the older schema %1 and must be upgraded before it can be read, but it was %2; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot back up the file to %1 before upgrading it: %2; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write-ahead logging is not available here (journal mode &quot;%1&quot;); is the folder on a network file system?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open a connection: the session handle is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session was opened on another thread; open a connection for this one with Session::openOnThisThread()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot %1: the session is read-only (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a write is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 background connection(s) still write to the session; wait for them to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the embedding file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading to schema %1 failed: %2 (in &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upgrade from schema %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting synchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was written by a newer Equigraph (schema %1, this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Equigraph session (an SQLite database of another application, without an application id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Equigraph session (an SQLite database of another application, application_id 0x%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such session file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty, not an Equigraph session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Equigraph session (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the application id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (SQLite: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file to flush it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot flush the file to disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1 to this name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds invalid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds JSON that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot; in the stored settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored setting %1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored setting %1 is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown model type &quot;%1&quot; in the stored settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored seed &quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datasets.counts of row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the data set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the data sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finishing the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish run %1: there is no such run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording epoch %1 of run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epochs.metrics of run %1 epoch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the last epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the embeddings: the format &quot;%1&quot; is not 1 to 8 lowercase letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store the embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no embeddings with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embedding file %1 is missing (it belongs beside the session, in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embedding file %1 was changed after it was stored (its size or SHA-256 differs from the recorded one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1 row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidates.attention of row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot; of candidate %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add alignment candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding alignment candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the decision on candidate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot %1: there is no such candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot undo: candidate %1 has no decision to take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the candidate&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown verdict &quot;%1&quot; in decision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown target &quot;%1&quot; of note %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation name &quot;%1&quot; is ambiguous: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity id %1 outside the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object of entity keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correlation of series of different lengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s dimension is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model has %1 x %2 entity rows, the graph needs %3 x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model has %1 x %2 relation rows, the graph needs %3 x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model has %1 x %2 head-prediction relation rows, the graph needs %3 x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s head-prediction relation table is %1 x %2, expected %3 x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is no entity of the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is no relation of the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two sensitive values are the same entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step length alpha is not finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sensitive and the target relation are the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation %1 has no triple in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation %1 has no value other than %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bias measure returned %1 values for %2 professions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is no entity of the model (%3 entities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation %1 is no relation of the model (%2 relations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value to compare the sensitive value with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the steps matrix is %1 x %2, expected %3 x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensitive relation %1 is no relation of the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of values must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a probe needs at least 1 input, 1 hidden unit and 2 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe input of %1 x %2 with %3 labels, expected n x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe label %1 outside 0..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe option %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation %1 has fewer than two values in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few humans (%1) for a training, validation and test part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probe diverged at epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation %1 is no relation of the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a triple has relation id %1, outside the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedding row %1 has a value that is not finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedding row %1 has length zero, so it has no direction (cosine and normalised distances are undefined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair histograms: %1 embedding rows but %2 labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair histograms: need at least two items, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pair histograms: bin count must be positive, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibration range: need 0 &lt; FAR low &lt; FAR high &lt;= 1, got %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibration range: no classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibration range: there are no negative pairs (a single class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPIS: need at least 2 thresholds, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPIS: epsilon must lie in (0, 1), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPIS: need at least two classes with both positive and negative pairs, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrieval metrics: %1 embedding rows but %2 labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrieval metrics: no class has two or more items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1 is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a label and at least one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 values after the label, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1 in field %2 is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no embeddings (expected lines `label,value,...`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 labels for %2 embedding rows in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the types file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;entity TAB type&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity &apos;%1&apos; already has a type (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entities of the model have %1 type(s) from &apos;%2&apos;; at least two are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: %1 of %2 bytes of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected data after the last record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt gzip data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an IDX %1 file: magic number %2, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header promises %1 bytes of data, more than the %2 this reader accepts (damaged header?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implausible image size %1 x %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixels (%1 images of %2 x %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 labels for the %2 images of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLP: need at least an input and an output width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLP: layer widths must be positive, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 embeddings but %3 labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: class vectors have width %2, embeddings %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: class %2 outside 0..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCM: %1 embeddings but %2 labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch sampler: need P &gt;= 1 classes and K &gt;= 1 items, got %1 x %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch sampler: %1 classes per batch but only %2 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DML trainer: the network takes %1 inputs but the images have %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DML trainer: epochs must be positive, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DML trainer: learning rates must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedding images: the network takes %1 inputs, the images have %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split: %1 training and %2 evaluation images (labels below %3 are the seen classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synthetic images: need at least 2 classes, 1 value and 1 item per class (got %1 classes, width %2, %3 / %4 items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DML comparison: no seed given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 TAB-separated fields, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI %1 is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 id %2 (not in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON array of [id, [tokens]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is not [id, [tokens]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: unknown entity id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing file translated_ent_name_*.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no triples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no test links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown graph-1 entity %1 (in no triple of rel_triples_1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown graph-2 entity %1 (in no triple of rel_triples_2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing split folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training share must be in [0, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither a DBP15K folder (ent_ids_1) nor an OpenEA folder (rel_triples_1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n-gram length must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity types: clusters and features must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alignment encoder: entity %1 was not encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alignment encoder: neighbour %1 was not encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alignment training needs training links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alignment training: options out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alignment evaluation needs test links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test links are not one-to-one: graph-2 entity %1 twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the alignment run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the demo views: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adversarial filters: sensitive relation id %1 is out of range (%2 relations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adversarial filters: an attribute needs at least 2 classes (topValues %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adversarial filters: relation %1 has fewer than two values in the chosen splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adversarial filters: relation %1 has no labelled people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adversarial filters: no attribute %1 (%2 filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adversarial filters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base loss must be softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one sensitive attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gamma must be &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden sizes must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discriminator steps must be &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rates must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adversarial training diverged at epoch %1 (link loss %2, adversarial term %3 in batch %4); try a lower gamma or learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL term: relation %1 out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL term: the weight of %1 must be &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL term: %1 needs at least 2 top values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL term: %1 has fewer than two values in train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL term: the target of %1 has %2 entries, the relation has %3 top values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KL term: the target of %1 must be &gt;= 0 and sum to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whitelist: unknown entry kind &apos;%1&apos; (expected relation, profession or entity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whitelist: &apos;%1&apos; without a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whitelist: &apos;%1 %2&apos; has no reason (say why the attribute may be used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the whitelist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whitelist: %1 is no value of the target relation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute embeddings: relation %1 out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute embeddings: relation %1 given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute embeddings: %1 has no value in train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debiasing: the training loss must be softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debiasing: %1 needs at least one sensitive relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debiasing: target relation %1 out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build cannot read or write HDF5 files (PyTorch-BigGraph checkpoints): install libhdf5-dev and configure again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable HDF5 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the HDF5 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset %1 has an unsupported shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset %1 has %2 dimensions, expected 1 to 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset %1 is not numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read dataset %1 as float32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows %1..%2 are outside dataset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read rows of dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute %1 of %2 is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write dataset %1 of %2 dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write dataset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write attribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish writing the HDF5 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename the written file into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedding dimension %1 is outside 1..%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entity table has %1 columns, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complex_diagonal needs an even dimension, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complex_l1 needs an even dimension and no bias coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the right-hand side operator parameters are %1 x %2, expected %3 x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the left-hand side operator parameters are %1 x %2, expected %3 x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model has no relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relations use different operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PBG bias coordinate has no engine form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score offset (gamma) is not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard-relation translation + dot scores tails as &lt;h, t + r&gt;, which no engine type does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator %1 with comparator %2 has no engine form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query triple %1 (%2, %3, %4) is outside the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON list of names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name %1 is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset %1 is %2 x %3, expected %4 x %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one integer, the checkpoint version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown comparator &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config has no entity types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity type &apos;%1&apos; is featurized, which is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embeddings have %1 columns, config dimension is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names for %2 embedding rows in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity name &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config has no relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operator &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation name &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch-BigGraph has no %1 comparator (TransE L1 and RotatE cannot be exported as a PBG checkpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PyTorch-BigGraph scores have no offset (gamma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key lists do not match the model&apos;s tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dynamic relations share one operator type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one *%1 file, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported DGL-KE model &apos;%1&apos; (TransE_l1, TransE_l2, DistMult, ComplEx, RotatE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &lt;dataset&gt;_&lt;model&gt;_entity.npy of a supported model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows but %2 entity names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows but %2 relation names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity vectors have %1 floats, the %2 relation vectors need %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DGL-KE has no translation + dot model (TransEDot); export it as a PyTorch-BigGraph checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DGL-KE keeps one relation table; this model has a second one for head prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset %1 is not a matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot memory-map the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt key section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt key section: repeated keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only 2-D &apos;&lt;f4&apos; C-order arrays can be memory-mapped; convert the file (readNpy + writeNpy) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the header promises %1 data bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the array data is not aligned for mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model format version %1 cannot be mapped by this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated or corrupt: the header describes %1 bytes, the file has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 id %2 is outside 0..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entity rows have %1 floats, the scorer needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the humans must be in increasing id order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no second sensitive value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model (%1 entities, %2 relations) does not fit the graph (%3, %4): match keys first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute embeddings: %1 attribute rows, the layout has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute scoring: %1 x %2 attribute sums for a model of %3 x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute scoring: the whitelist was resolved against another graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>composite rows: the start offsets do not index the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>composite rows: entity %1 out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the graph-facts probe diverged at epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::JobController</name>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::JobsModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::JobsPanel</name>
    <message>
        <source>Clear Ended Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove finished, cancelled and failed jobs from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this job; its partial work is discarded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::LogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::LossCurvePlot</name>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss (mean over the epoch&apos;s batches)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::MainActions</name>
    <message>
        <source>&amp;Open Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a session file with its runs and review decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Triples &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a folder holding train, valid and test triples files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Triples F&amp;ile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load one file of tab-separated head, relation, tail triples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the &amp;Demo World</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the built-in synthetic demo world (seeded, always the same).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and other settings of the user interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Equigraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to the %1 workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel All Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every running job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Ended Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove finished, cancelled and failed jobs from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Equigraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and purpose of Equigraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt version Equigraph runs on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved at once; this also folds the write-ahead log into the session file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train an embedding model on the data set in use; the run and every epoch are recorded in the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new session file; the data set in use is recorded in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train a Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is read-only; use Save As to continue in a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is read-only: a run could not be recorded. Use Save As to continue in a writable copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a data set (or the demo world) first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::MainWindow</name>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equigraph sessions (*.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Triples Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Triples File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triples (*.txt *.tsv *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Session As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equigraph sessions (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Equigraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Equigraph %1&lt;/h3&gt;&lt;p&gt;A workbench for bias, threshold consistency and entity alignment in knowledge-graph embeddings.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equigraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Equigraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equigraph %1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name for the new session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session %1 no longer exists; it was removed from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::NeighbourhoodView</name>
    <message>
        <source>No candidate selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph 1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph 2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No neighbours to show: a names-only run, or isolated entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attention γ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared neighbour, training link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2
%3 %4
α %5  β %6  γ %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::PlaceholderPage</name>
    <message>
        <source>This workbench is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will hold:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::PlotExportButton</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this plot as a PNG image, a PDF document or an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when Equigraph is next started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent sessions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::ReviewController</name>
    <message>
        <source>undo of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no alignment run %1 in the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session is open: decisions cannot be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is read-only (%1): decisions cannot be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk approve: score &gt;= %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve %1 pairs with score &gt;= %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>record %n decision(s)</source>
        <translation>
            <numerusform>record %n decision</numerusform>
            <numerusform>record %n decisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>eg::RunsModel</name>
    <message>
        <source>TransE L%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TransE (dot) · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DistMult · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComplEx · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered MRR %1, Hits@10 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equigraph ended while this run trained; its epochs up to the last one recorded are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CG-MuAlign · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the user; its epochs up to the last one recorded are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::RunsPanel</name>
    <message>
        <source>No session is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training runs in this session yet. Load a data set, then train a model: each run and every epoch is recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::SessionBanner</name>
    <message>
        <source>Another Equigraph has it open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you do here is saved to it: training and other changes are turned off. Use Save As to continue in a writable copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Details: %1.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::StatusLine</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data set loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 entities, %3 triples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
    <message>
        <source>No session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session file %1; every change is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::ThresholdComparisonModel</name>
    <message>
        <source>OPIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ε-OPIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall@1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAP@R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::ThresholdData</name>
    <message>
        <source>class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in synthetic set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, unseen classes 5-9</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::ThresholdJob</name>
    <message>
        <source>ArcFace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy-Anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + TCM, seed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, seed %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::ThresholdPage</name>
    <message>
        <source>Model &amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &amp;B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embeddings (PCA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: epoch %2, loss %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training ended without a model (see the jobs panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train %1 on %2 (base and base + TCM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ArcFace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy-Anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A training job of this page is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a model to see its utility curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a model to see its embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a model on Fashion-MNIST (or the built-in synthetic set) to measure its threshold consistency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fashion-MNIST is not installed (Debian package dataset-fashion-mnist): the built-in synthetic set is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evaluation embeddings, first two principal components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;OPIS %1&lt;/b&gt; · ε-OPIS %2 · Recall@1 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3 items, %4 classes, measured in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d = %1 (global FAR %2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The threshold report of %1 was not stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure Embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled embeddings (*.csv *.npy);;CSV files (*.csv);;NumPy arrays (*.npy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels, one integer a line (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no model to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPIS of two models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One global threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance threshold: pairs at or below it are declared a match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAR / FRR table (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison table (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility curves (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure a File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure labelled embeddings trained elsewhere: a CSV file (label,value,…) or a .npy array with a labels file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::ThresholdPanel</name>
    <message>
        <source>reference links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What counts as a true match: the data set&apos;s reference links, or the pairs approved so far (rejected ones are non-matches).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;actual \ decision&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;accept&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;reject&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true positives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false negatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false positives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true negatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has no reference links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labelled pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 over %2 labelled pairs: precision %3, recall %4, F1 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve %n pending pair(s) with score ≥ %1</source>
        <translation>
            <numerusform>Approve %n pending pair with score ≥ %1</numerusform>
            <numerusform>Approve %n pending pairs with score ≥ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No decisions yet:
approve or reject a few pairs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::ThresholdPlot</name>
    <message>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pair is accepted when its score is at or above the threshold. Click or drag in the chart to move the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::ThresholdRatesModel</name>
    <message>
        <source>In the worst ε share of classes (lowest mean utility over the calibration range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pairs (pooled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (worst ε)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False-accept rate: share of the class&apos;s negative pairs with distance ≤ d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False-reject rate: share of the class&apos;s positive pairs with distance &gt; d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class utility minus the pooled utility at d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U − Ū</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::ThresholdTrainBar</name>
    <message>
        <source>TCM m⁺: positive pairs with cosine ≤ m⁺ count (reference: 0.9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCM m⁻: negative pairs with cosine ≥ m⁻ count (reference: 0.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCM λ⁺: weight of the hard-positive term (reference: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCM λ⁻: weight of the hard-negative term (reference: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train base and base + TCM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Debian&apos;s dataset-fashion-mnist package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open world: train on classes 0-4, measure on the unseen 5-9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy-Anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ArcFace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of both models (same initial weights, same batches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train the base loss alone and with the TCM regulariser, then measure both on the unseen classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readings of the reference (parameters; defaults): utility = F₁ of TPR and TNR; Ū pooled over all pairs; calibration range at global FAR 1 %–10 %, 101 thresholds; ε = 10 % of classes; L2 distance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Loss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m⁺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m⁻</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ⁺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>λ⁻</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::TradeoffPlot</name>
    <message>
        <source>w = %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::TrainDialog</name>
    <message>
        <source>Rank the &amp;test split when training ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 (Manhattan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 (Euclidean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-adversarial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax over negatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive triples per batch; automatic splits each epoch into the preset&apos;s number of batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With one thread and a fixed seed, a run is reproducible bit for bit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered MRR on (a sample of) the validation split every n epochs; shown as the run goes and kept with each epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model and objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Norm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Loss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning &amp;rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;argin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;gatives per positive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hreads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot-form TransE for the built-in demo world; trains in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic TransE as Fast-TransX trains it (L1 distance, margin 1, SGD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dot-form TransE as Fisher et al. trained it with PyTorch-BigGraph (softmax over 1,000 negatives, Adagrad).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TransE (distance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TransE (dot product)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DistMult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ComplEx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, dimension %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed must be a whole number of at most 20 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed must be below 2^64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data set is loaded: load one (or the demo world) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains on %1 (%2 training triples).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session is open: the run will not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is read-only: the run will not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run and every epoch are recorded in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TransE (L1 distance) with self-adversarial negatives, tuned on FB15k-237.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::TrainingCurvePlot</name>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation MRR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss (mean per positive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation MRR (filtered)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::TrainingService</name>
    <message>
        <source>%1: no session is open, so the run is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the session is read-only, so the run is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: load a data set first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::UtilityCurvePlot</name>
    <message>
        <source>Distance threshold d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility U(d) = F₁(TPR, TNR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibration
range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (worst ε)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pooled Ū (all pairs)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::WorkbenchTabs</name>
    <message>
        <source>Measure and reduce social bias in a trained knowledge-graph embedding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bias score of each profession for a sensitive relation such as gender, ranked, with the number of people behind each row;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aggregate measures: the difference in scores, and the accuracy of a probe classifier against the most-frequent-class rate;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debiasing runs (KL term, attribute embeddings, adversarial filters) compared before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether one global distance threshold treats every class alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utility curves per class (F-score of true-positive and true-negative rate) against the distance threshold;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPIS and ε-OPIS over the calibration range given by the false-accept rate;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training with the threshold-consistent margin regulariser, and its effect on these measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the entities that two knowledge graphs share, and review the matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate pairs from blocking on names and dates;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a graph neural network with cross-graph and self attention that scores each pair;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision and recall figures, and a review queue to accept or reject each proposed match, kept in the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eg::Workspace</name>
    <message>
        <source>Recorded the data set %1 in the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the data set in the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
