<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CardTooltip</name>
    <message>
        <source>Short id</source>
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
        <source>Super-touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI trend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardTooltipTexts</name>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColourMode</name>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap (target − as-is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neglect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worsening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KPI data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour the cards by: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export map as picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (for slides and documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector graphic (sharp at any size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole map at the current zoom (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted to an A4 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted to an A3 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the title and the legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTexts</name>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n touchpoint</numerusform>
            <numerusform>%n touchpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterMenu</name>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only touchpoints with the checked decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only touchpoints of the checked media types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super-touchpoints only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the super-touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all (clear filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter and show all touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only touchpoints in the checked phases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaneCommands</name>
    <message>
        <source>Add department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of the department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of the department</source>
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
        <source>Name of the new channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of the channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of the channel</source>
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
        <source>Name of the new phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of the phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? It holds no touchpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” holds %n touchpoint(s). What should happen to them?</source>
        <translation>
            <numerusform>“%1” holds %n touchpoint. What should happen to it?</numerusform>
            <numerusform>“%1” holds %n touchpoints. What should happen to them?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move them to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete them, with their scores, measures and KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Online</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaneHeader</name>
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
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaneHeaderTexts</name>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n touchpoint</numerusform>
            <numerusform>%n touchpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <source>An empty card: name it after dropping it on the map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapActions</name>
    <message>
        <source>Add a blank card next to the selected one and name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected card in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected touchpoints to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste touchpoints (or one name per line) after the selected card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected touchpoints, with their scores, next to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every card shown on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n touchpoint(s)?</source>
        <translation>
            <numerusform>Delete %n touchpoint?</numerusform>
            <numerusform>Delete %n touchpoints?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have measures or KPIs, which will be deleted as well. You can undo this.</source>
        <translation>
            <numerusform>It has measures or KPIs, which will be deleted as well. You can undo this.</numerusform>
            <numerusform>%n of them have measures or KPIs, which will be deleted as well. You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) copied</source>
        <translation>
            <numerusform>%n touchpoint copied</numerusform>
            <numerusform>%n touchpoints copied</numerusform>
        </translation>
    </message>
    <message>
        <source>The touchpoints were copied but not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n touchpoint(s)</source>
        <translation>
            <numerusform>Paste %n touchpoint</numerusform>
            <numerusform>Paste %n touchpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapEdit</name>
    <message>
        <source>The change could not be made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <source>Colour: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint map exported by TPM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapFeature</name>
    <message>
        <source>Show or hide the map tool bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the map larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more of the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the map at 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the cards by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the card colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small map of the whole project in the corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map as a PNG image or an SVG graphic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swap Rows and Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the map by 90 degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Department…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new row lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Le&amp;gend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show O&amp;verview Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Map as Picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new channel lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add C&amp;hannel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Phase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new journey phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour Cards By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colu&amp;mns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;lter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matching touchpoint(s)</source>
        <translation>
            <numerusform>%n matching touchpoint</numerusform>
            <numerusform>%n matching touchpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>New Touchpoint Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG graphics (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(reduced to %1 %: the picture would be too large)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapOverview</name>
    <message>
        <source>Click to show them all in the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean as-is score: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in to see the names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean priority per cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapSidePanel</name>
    <message>
        <source>Show the legend and the overview map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the legend and the overview map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapToolBar</name>
    <message>
        <source>Map tool bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the colour of the cards shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rows of the map are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the columns of the map are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights the cards whose name contains the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the cards that match the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only some phases, decisions or media types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTexts</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n touchpoint</numerusform>
            <numerusform>%n touchpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaletteDock</name>
    <message>
        <source>Touchpoint library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag an entry onto a cell of the map to add it there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseLegend</name>
    <message>
        <source>Journey phase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
