<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>JourneyExport</name>
    <message>
        <source>Customer journey exported by TPM Desktop</source>
        <translation>Kundenreise, exportiert von TPM Desktop</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>Kundenreise</translation>
    </message>
</context>
<context>
    <name>JourneyFeature</name>
    <message>
        <source>Channels (online above, offline below)</source>
        <translation>Kanäle (online oben, offline unten)</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>What the rows of the journey view are</source>
        <translation>Was die Zeilen der Kundenreise sind</translation>
    </message>
    <message>
        <source>M&amp;ap View</source>
        <translation>Lan&amp;dkarte</translation>
    </message>
    <message>
        <source>Show the touchpoint map</source>
        <translation>Die Touchpoint-Landkarte zeigen</translation>
    </message>
    <message>
        <source>&amp;Journey View</source>
        <translation>&amp;Kundenreise</translation>
    </message>
    <message>
        <source>Show the customer journey: phases across, with the experience curve</source>
        <translation>Die Kundenreise zeigen: die Phasen nebeneinander, mit der Erlebniskurve</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Landkarte</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Kundenreise</translation>
    </message>
    <message>
        <source>Export &amp;Journey as Picture…</source>
        <translation>Kundenreise als Bild e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the journey view with its curve as a PNG image or an SVG graphic</source>
        <translation>Die Kundenreise mit ihrer Kurve als PNG-Bild oder SVG-Grafik speichern</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Show on the &amp;Map</source>
        <translation>Auf der &amp;Landkarte zeigen</translation>
    </message>
    <message>
        <source>Journey rows:</source>
        <translation>Zeilen der Kundenreise:</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Rename touchpoint</source>
        <translation>Touchpoint umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>Kundenreise</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG graphics (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <source>Export journey</source>
        <translation>Kundenreise exportieren</translation>
    </message>
    <message>
        <source>Exporting the journey…</source>
        <translation>Die Kundenreise wird exportiert…</translation>
    </message>
    <message>
        <source>Journey exported to %1</source>
        <translation>Kundenreise exportiert nach %1</translation>
    </message>
</context>
<context>
    <name>JourneyScene</name>
    <message>
        <source>This project has no journey phases yet.</source>
        <translation>Dieses Projekt hat noch keine Phasen.</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>Kundenreise</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Experience: %1</source>
        <translation>Erlebnis: %1</translation>
    </message>
    <message>
        <source>Super-touchpoint (moment of truth)</source>
        <translation>Super-Touchpoint (Moment der Wahrheit)</translation>
    </message>
    <message>
        <source>No customer experience rated yet.</source>
        <translation>Noch kein Kundenerlebnis bewertet.</translation>
    </message>
    <message>
        <source>As-is</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Soll</translation>
    </message>
    <message numerus="yes">
        <source>mean of %n touchpoint(s)</source>
        <translation>
            <numerusform>Mittel aus %n Touchpoint</numerusform>
            <numerusform>Mittel aus %n Touchpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>As-is experience</source>
        <translation>Ist-Erlebnis</translation>
    </message>
    <message>
        <source>Target experience</source>
        <translation>Soll-Erlebnis</translation>
    </message>
    <message>
        <source>Moment of truth (super-touchpoint)</source>
        <translation>Moment der Wahrheit (Super-Touchpoint)</translation>
    </message>
    <message>
        <source>Segment: %1</source>
        <translation>Kundengruppe: %1</translation>
    </message>
    <message>
        <source>experience not rated</source>
        <translation>Erlebnis nicht bewertet</translation>
    </message>
</context>
</TS>
