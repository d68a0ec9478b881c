<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MapPresentation</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Ganze Landkarte</translation>
    </message>
</context>
<context>
    <name>PresentationFeature</name>
    <message>
        <source>Presentation &amp;Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Show the map full screen for a projector; arrow keys step through it</source>
        <translation>Die Landkarte bildschirmfüllend für einen Beamer zeigen; die Pfeiltasten gehen sie Schritt für Schritt durch</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>← → next and previous · Home shows all · Esc to leave</source>
        <translation>← → weiter und zurück · Pos1 zeigt alles · Esc beendet</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
</TS>
