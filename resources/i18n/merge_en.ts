<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>%n steps, newest first.</source>
        <translation>
            <numerusform>%n step, newest first.</numerusform>
            <numerusform>%n steps, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, field, person or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes are recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File upgraded to this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged the changes of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeFeature</name>
    <message>
        <source>&amp;Merge Changes From…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the changes of another copy of this project (review first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change of the project: what, who and when, merges included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change of the selected touchpoint: field, before and after, who, when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of this file cannot be read (%1). The project itself is not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Changes From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPM projects (*.tpm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged the changes of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeFlow</name>
    <message>
        <source>“%1” is this project&apos;s own file. Choose the other copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change history of “%1” cannot be read, so it cannot be merged. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging “%1” would leave the project inconsistent, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project already holds every change of “%1”. There is nothing to take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Changes From “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a file of another project, so its changes cannot be merged. Add its touchpoints to this project as new ones instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes and criteria are matched by name; touchpoints whose lane is missing go to the first lane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Touchpoints From “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeLabels</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As-is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super-touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online/offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed there, deleted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: moved on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: deleted here, changed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: deleted there, changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs (no common history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: take their value. Unchecked: keep yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: move it where they put it. Unchecked: leave it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: bring it back with their changes. Unchecked: it stays deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: delete it with everything that belongs to it. Unchecked: keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copies share no history, so who changed it cannot be told. Checked: take their value. Unchecked: keep yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeReviewDialog</name>
    <message>
        <source>Merge Changes From “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here (this copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There (other copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which changes the two buttons beside decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take every change of the chosen kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this copy as it is for every change of the kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the checked changes as one step (Edit → Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project, lanes and criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(with %n records that belong to it)</source>
        <translation>
            <numerusform>(with %n record that belongs to it)</numerusform>
            <numerusform>(with %n records that belong to it)</numerusform>
        </translation>
    </message>
    <message>
        <source>(not here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kept here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incoming changes from “%1”, </source>
        <translation>
            <numerusform>%n incoming change from “%1”, </numerusform>
            <numerusform>%n incoming changes from “%1”, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them conflicts.</source>
        <translation>
            <numerusform>%n of them a conflict.</numerusform>
            <numerusform>%n of them conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes only the other copy made are checked. For each conflict, check it to take their side, or leave it unchecked to keep yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These copies share no history (copied before this version, or made separately): every difference is shown as a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 changes will be taken.</source>
        <translation>
            <numerusform>%n of %1 changes will be taken.</numerusform>
            <numerusform>%n of %1 changes will be taken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeValues</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
