<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>SlidesFeature</name>
    <message>
        <source>Export Slide Dec&amp;k…</source>
        <translation>F&amp;olien exportieren…</translation>
    </message>
    <message>
        <source>Write the results as slides for PowerPoint or Impress (.pptx)</source>
        <translation>Die Ergebnisse als Folien für PowerPoint oder Impress schreiben (.pptx)</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Folien</translation>
    </message>
    <message>
        <source>Export Slides</source>
        <translation>Folien exportieren</translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>PowerPoint-Präsentationen (*.pptx)</translation>
    </message>
    <message>
        <source>Building the slides…</source>
        <translation>Die Folien werden erstellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Slides written: %1</source>
        <translation>Folien geschrieben: %1</translation>
    </message>
    <message>
        <source>The slides could not be written</source>
        <translation>Die Folien konnten nicht geschrieben werden</translation>
    </message>
</context>
</TS>
