<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Assessment</name>
    <message>
        <source>The change could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
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
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to %2 · Del: not rated · Return: next touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight %1 · scale %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown touchpoint “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several touchpoints are called “%1”; use its short id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown criterion “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several criteria are called “%1”; use its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is off the scale %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same participant, touchpoint and criterion as line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentFeature</name>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes and Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criteria Catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, remove, rename, weight and reorder the criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score Selected Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor on the first score of the selected touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next touchpoint in map order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the previous touchpoint in map order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest S&amp;uper-Touchpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the touchpoints with the highest priority index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distribute Budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split a total budget in proportion to the priority index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Workshop Ratings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read participants&apos; ratings from a CSV or Excel table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop Results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means, spread and number of ratings; aggregate again by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Live Workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants rate touchpoints on their phones over the local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Rating Sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF sheet per participant and the table to type the sheets into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Ranking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ranking as shown as a CSV or Excel table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetPanel</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s total budget (also in Project Properties)</source>
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
        <source>Distribute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose a split of a total in proportion to the priority index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an amount to change it; click a touchpoint to select it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over budget by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount; enter a number such as 12500.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <source>Criteria Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance: how well it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance: how much it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance criteria make up the weighted as-is and target scores; relevance criteria give the relevance of touchpoints whose relevance is not set directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is rated, and what a low and a high score mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes take effect at once and can be undone (Ctrl+Z). Drag criteria to reorder them; the first criterion&apos;s scale is the scale of the weighted scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight %1 · scale %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of the weighted score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n score(s)?</source>
        <translation>
            <numerusform>Delete “%1” and its %n score?</numerusform>
            <numerusform>Delete “%1” and its %n scores?</numerusform>
        </translation>
    </message>
    <message>
        <source>You can undo this with Edit → Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescale the existing values of “%1” from %2 to %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) and rating(s) are mapped linearly onto the new scale; for example %1 becomes %2. You can undo this.</source>
        <translation>
            <numerusform>%n value is mapped linearly onto the new scale; for example %1 becomes %2. You can undo this.</numerusform>
            <numerusform>%n values are mapped linearly onto the new scale; for example %1 becomes %2. You can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DistributeDialog</name>
    <message>
        <source>Distribute Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: the project&apos;s total budget less the budgets that stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints marked “focus”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super-touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus or super-touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Total to distribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A locked budget stays as it is and comes off the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each touchpoint gets a share of the total in proportion to its priority index, weighted by its decision: more for “focus”, less for “neglect”, nothing for “remove”; touchpoints to be combined get the same, and those to be added a reserve. Locked budgets, touchpoints without scores and those outside the chosen group keep their budget. Review the proposal, then apply it as one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the total as a number, such as 250000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this budget as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus: more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined: shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neglect: less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove: nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add: reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) share %1.</source>
        <translation>
            <numerusform>%n touchpoint gets all of %1.</numerusform>
            <numerusform>%n touchpoints share %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked budgets keep %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) without scores keep their budget.</source>
        <translation>
            <numerusform>%n touchpoint without scores keeps its budget.</numerusform>
            <numerusform>%n touchpoints without scores keep their budget.</numerusform>
        </translation>
    </message>
    <message>
        <source>No rated touchpoint is in the chosen group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveDashboard</name>
    <message>
        <source>Live Workshop – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code or type the address on a phone in the same network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s) in</source>
        <translation>
            <numerusform>%n rating in</numerusform>
            <numerusform>%n ratings in</numerusform>
        </translation>
    </message>
    <message>
        <source>The round is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results were taken into the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round is open: %1 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveResultsDialog</name>
    <message>
        <source>Live Workshop Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s).</source>
        <translation>
            <numerusform>%n touchpoint.</numerusform>
            <numerusform>%n touchpoints.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also set the as-is values to the means, rounded to the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ratings are stored as workshop ratings with group and workshop “%1”; Assessment → Workshop Results shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each participant&apos;s customer experience is stored as a workshop rating without a criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take into Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take live workshop results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveResultsModel</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread (SD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min–max</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveSetupDialog</name>
    <message>
        <source>Print Rating Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The selected touchpoints (%n)</source>
        <translation>
            <numerusform>The selected touchpoint (%n)</numerusform>
            <numerusform>The selected touchpoints (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The touchpoints of a department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All touchpoints (%n)</source>
        <translation>
            <numerusform>All touchpoints (%n)</numerusform>
            <numerusform>All touchpoints (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer experience (−2 disappoints … +2 delights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live workshop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ratings are kept under this name (group and workshop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named (participants enter their name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sheet per participant, each with its own number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time box:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants open the page on their phones over this network; nothing leaves the room. The page is reachable only with the round&apos;s secret address, and only while the round is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer experience</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveWorkshop</name>
    <message>
        <source>Live Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round cannot be served on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round “%1” was not taken into the project yet. It holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue it (phones that joined keep their ratings), or discard it and start anew?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Rating Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating sheets saved: %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the touchpoints to combine this one with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touchpoint&apos;s short id, unique in the project: shown on the card, in the ranking and in reports, and read by the workshop import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super-touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the few touchpoints with the greatest influence on customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combine with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As-is situation (from the customer&apos;s view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a touchpoint to see and edit its notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) selected</source>
        <translation>
            <numerusform>%n touchpoint selected</numerusform>
            <numerusform>%n touchpoints selected</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a single touchpoint to edit this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does the customer experience here today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the customer experience here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount; enter a number such as 12500.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <source>Combine With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints that “%1” is to be combined with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortfolioMatrix</name>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n more</numerusform>
            <numerusform>+ %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioPanel</name>
    <message>
        <source>Swap the axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the four quadrants (stored in the project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizontal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted as-is score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted target score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) without a value on an axis are not shown.</source>
        <translation>
            <numerusform>%n touchpoint without a value on an axis is not shown.</numerusform>
            <numerusform>%n touchpoints without a value on an axis are not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit quadrant labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuadrantDialog</name>
    <message>
        <source>Quadrant Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to Examples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Short id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
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
        <source>As-is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
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
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As-is score on “%1” (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The touchpoint&apos;s short id, as on the card and in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted as-is score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted target score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance to customers and the business (0 to 100); set it in the Scores panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority index (0 to 100): relevance combined with how far the touchpoint falls short of its target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted target minus weighted as-is score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer experience from −2 (disappoints) to +2 (delights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super-touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Workshop: mean of %n rating(s), spread ±%1</source>
        <translation>
            <numerusform>Workshop: mean of %n rating, spread ±%1</numerusform>
            <numerusform>Workshop: mean of %n ratings, spread ±%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankingPanel</name>
    <message>
        <source>Filter by short id, name, lane or person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows and columns shown as CSV or Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n touchpoint</numerusform>
            <numerusform>%n touchpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the ranking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n row exported to %1</numerusform>
            <numerusform>%n rows exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelevanceField</name>
    <message>
        <source>&amp;Relevance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much this touchpoint matters to customers and the business, 0 to 100. Not set: from the relevance criteria, else 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the relevance criteria: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counts as %1 until set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringPanel</name>
    <message>
        <source>Select a touchpoint on the map or in the ranking to rate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous touchpoint (Shift+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next touchpoint (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As-is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted as-is score over the rated criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted target score over the rated criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority index, 0 to 100: high where the touchpoint matters (relevance) and falls short of its target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted target minus weighted as-is score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab: next criterion · digits: score · Del: not rated · Return: next touchpoint · Shift+Return: previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criteria catalogue is empty: add criteria first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) selected</source>
        <translation>
            <numerusform>%n touchpoint selected</numerusform>
            <numerusform>%n touchpoints selected</numerusform>
        </translation>
    </message>
    <message>
        <source>A value set here applies to all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Workshop: mean of %n rating(s), spread ±%1</source>
        <translation>
            <numerusform>Workshop: mean of %n rating, spread ±%1</numerusform>
            <numerusform>Workshop: mean of %n ratings, spread ±%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Standard deviation of the participants&apos; ratings; from 1 on, they disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last touchpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first touchpoint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuperDialog</name>
    <message>
        <source>Suggest Super-Touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super-touchpoints are the few touchpoints with the greatest influence on customers. The suggestion ticks the most relevant rated ones (ties by priority index); tick or untick any of them to override it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick exactly the top touchpoints by relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s) ticked</source>
        <translation>
            <numerusform>%n touchpoint ticked</numerusform>
            <numerusform>%n touchpoints ticked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n newly marked</source>
        <translation>
            <numerusform>%n newly marked</numerusform>
            <numerusform>%n newly marked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer marked</source>
        <translation>
            <numerusform>%n no longer marked</numerusform>
            <numerusform>%n no longer marked</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark super-touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopImportDialog</name>
    <message>
        <source>Import Workshop Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or Excel table with one row per rating and the columns participant, touchpoint (its short id such as T17, or its name), criterion, value and, optionally, group (for example customer or employee). German column names work too. Each as-is score becomes the mean of the participants&apos; values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No table chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Blank Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table to hand out: one line per touchpoint and criterion, with its short id; participants fill in their name and value, and it is imported here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ratings are kept under this name and can be aggregated again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Blank Rating Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) written to %1.</source>
        <translation>
            <numerusform>%n line written to %1.</numerusform>
            <numerusform>%n lines written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose workshop table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table lacks the columns %1. Its columns are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read:</source>
        <translation>
            <numerusform>%n row read:</numerusform>
            <numerusform>%n rows read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to import</source>
        <translation>
            <numerusform>%n ready to import</numerusform>
            <numerusform>%n ready to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors (not imported)</source>
        <translation>
            <numerusform>%n with errors (not imported)</numerusform>
            <numerusform>%n with errors (not imported)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a value (left out)</source>
        <translation>
            <numerusform>%n without a value (left out)</numerusform>
            <numerusform>%n without a value (left out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint(s).</source>
        <translation>
            <numerusform>%n touchpoint.</numerusform>
            <numerusform>%n touchpoints.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import workshop ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n as-is score(s) set from the workshop ratings.</source>
        <translation>
            <numerusform>%n as-is score set from the workshop ratings.</numerusform>
            <numerusform>%n as-is scores set from the workshop ratings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopPreviewModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopResultsDialog</name>
    <message>
        <source>Workshop Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set As-Is Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set each as-is score to the mean of the ratings shown (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the stored ratings of the chosen workshop (scores stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored ratings of all workshops and surveys. Spread is the standard deviation of the participants&apos; values: from 1 on (orange) they disagree. Choose a group or workshop to see and apply only its view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workshops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
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
        <source>As-is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean of the group “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n touchpoint-criterion pair(s)</source>
        <translation>
            <numerusform>%n touchpoint-criterion pair</numerusform>
            <numerusform>%n touchpoint-criterion pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer experience(s)</source>
        <translation>
            <numerusform>%n customer experience</numerusform>
            <numerusform>%n customer experiences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Aggregate workshop ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n as-is score(s) set from the workshop ratings.</source>
        <translation>
            <numerusform>%n as-is score set from the workshop ratings.</numerusform>
            <numerusform>%n as-is scores set from the workshop ratings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n stored rating(s) of “%1”?</source>
        <translation>
            <numerusform>Delete the %n stored rating of “%1”?</numerusform>
            <numerusform>Delete the %n stored ratings of “%1”?</numerusform>
        </translation>
    </message>
    <message>
        <source>The as-is scores stay as they are. You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete workshop ratings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
