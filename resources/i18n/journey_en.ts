<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>JourneyExport</name>
    <message>
        <source>Customer journey exported by TPM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyFeature</name>
    <message>
        <source>Channels (online above, offline below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rows of the journey view are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ap View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the touchpoint map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journey View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the customer journey: phases across, with the experience curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Journey as Picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the journey view with its curve as a PNG image or an SVG graphic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the &amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG graphics (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the journey…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyScene</name>
    <message>
        <source>This project has no journey phases yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super-touchpoint (moment of truth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer experience rated yet.</source>
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
    <message numerus="yes">
        <source>mean of %n touchpoint(s)</source>
        <translation>
            <numerusform>mean of %n touchpoint</numerusform>
            <numerusform>mean of %n touchpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>As-is experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment of truth (super-touchpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>experience not rated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
