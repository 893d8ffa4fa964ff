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
        <source>Queue</source>
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
        <source>Audit trail of this pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test links of run #%1
names only:
  %2
model (refined):
  %3</source>
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
        <source>Not available yet: the engine&apos;s debiasing trainers are still being written.</source>
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
        <source>The MRR-versus-bias trade-off needs a sweep of KL weights.
%1
The sweep runs as a job and draws each weight&apos;s point as it arrives.</source>
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
        <source>moved (α = %1)</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>No decisions yet: approve or reject a few pairs.</source>
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
        <source>threshold (accept when score ≥ threshold)</source>
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
