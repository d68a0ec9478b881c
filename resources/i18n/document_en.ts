<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Editor</name>
    <message>
        <source>Add touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as-is situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit target situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set customer experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark super-touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change short id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n touchpoint(s)</source>
        <translation>
            <numerusform>Move %n touchpoint</numerusform>
            <numerusform>Move %n touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n touchpoint(s)</source>
        <translation>
            <numerusform>Delete %n touchpoint</numerusform>
            <numerusform>Delete %n touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n touchpoint(s)</source>
        <translation>
            <numerusform>Duplicate %n touchpoint</numerusform>
            <numerusform>Duplicate %n touchpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>Set combined touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n measure(s)</source>
        <translation>
            <numerusform>Delete %n measure</numerusform>
            <numerusform>Delete %n measures</numerusform>
        </translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n KPI(s)</source>
        <translation>
            <numerusform>Delete %n KPI</numerusform>
            <numerusform>Delete %n KPIs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n measurement(s)</source>
        <translation>
            <numerusform>Add %n measurement</numerusform>
            <numerusform>Add %n measurements</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n measurement(s)</source>
        <translation>
            <numerusform>Delete %n measurement</numerusform>
            <numerusform>Delete %n measurements</numerusform>
        </translation>
    </message>
    <message>
        <source>Close assessment round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete assessment round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit project properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change project setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch map axes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentEditing</name>
    <message>
        <source>Add customer segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete customer segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set segment relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set segment experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set segment score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n attachment(s)</source>
        <translation>
            <numerusform>Delete %n attachment</numerusform>
            <numerusform>Delete %n attachments</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
