<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SlidesFeature</name>
    <message>
        <source>Export Slide Dec&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the results as slides for PowerPoint or Impress (.pptx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the slides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slides written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slides could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
