<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommentsPanel</name>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment or a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new thread with the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the chosen comment with the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen comment and its replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one touchpoint to see its comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open thread(s)</source>
        <translation>
            <numerusform>%n open thread</numerusform>
            <numerusform>%n open threads</numerusform>
        </translation>
    </message>
    <message>
        <source>[resolved]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceFeature</name>
    <message>
        <source>Customer Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the map and the ranking for one customer segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open comments only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only touchpoints with unresolved comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Se&amp;gments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename, describe and colour the customer segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Print in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and quotes checked here appear in the appendix of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a copy with the system&apos;s viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one touchpoint to see its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos, documents, links and customer quotes that show why the touchpoint is rated so. Drop files here or use Add File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s attachments would take %1 MB. Past %2 MB the file gets slow to open and to send; the limit is %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source (survey, review, call …):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentScoresBox</name>
    <message>
        <source>As-is scores for a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment whose own as-is scores are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: as in general. Only the as-is scores differ per segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to %2 · Del: as in general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>general %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentsDialog</name>
    <message>
        <source>Customer Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are, what they need, how they buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or JPEG photo of the persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture was not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the picture anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s attachments would take %1 MB. Past %2 MB the file gets slow to open and to send; the limit is %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the segment “%1” with its experiences and scores?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentsPanel</name>
    <message>
        <source>Edit Segments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename, describe and colour customer segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one touchpoint to see its customer segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no customer segments yet. Add some with Edit Segments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the segments this touchpoint matters to and rate their experience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in general</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
