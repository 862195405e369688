<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutText</name>
    <message>
        <source>none (bundled dataset)</source>
        <translation>none (bundled dataset)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dossier %1&lt;/h3&gt;&lt;p&gt;An investigative dashboard over a curated, cited dataset.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dataset:&lt;/b&gt; %2, version %3&lt;br&gt;%4 claims · %5 sources · %6 actors&lt;br&gt;&lt;b&gt;Database:&lt;/b&gt; %7&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later. Charts drawn with QCustomPlot (GPL-3.0). Built with Qt %8.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dossier %1&lt;/h3&gt;&lt;p&gt;An investigative dashboard over a curated, cited dataset.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dataset:&lt;/b&gt; %2, version %3&lt;br&gt;%4 claims · %5 sources · %6 actors&lt;br&gt;&lt;b&gt;Database:&lt;/b&gt; %7&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later. Charts drawn with QCustomPlot (GPL-3.0). Built with Qt %8.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About the sources&lt;/h3&gt;&lt;p&gt;Every claim rests on one or more press articles. Each citation gives the article, the paragraph and a short verbatim quote.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Short quotes.&lt;/b&gt; A quote is at most %1 characters and is always shown with its attribution: outlet, title and publication date. Quotes stay in the language the article was written in.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Statements are ours.&lt;/b&gt; The statement of a claim is the editors&apos; paraphrase in English, not the article&apos;s words.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Dates keep their precision.&lt;/b&gt; A claim known to the month is never given a day.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Your own corpus.&lt;/b&gt; Dossier does not ship the full texts. Attach your own copies of the articles with &lt;i&gt;File ▸ Attach Corpus Folder…&lt;/i&gt; (or drop the folder on the window) to read each quote in its article.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;About the sources&lt;/h3&gt;&lt;p&gt;Every claim rests on one or more press articles. Each citation gives the article, the paragraph and a short verbatim quote.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Short quotes.&lt;/b&gt; A quote is at most %1 characters and is always shown with its attribution: outlet, title and publication date. Quotes stay in the language the article was written in.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Statements are ours.&lt;/b&gt; The statement of a claim is the editors&apos; paraphrase in English, not the article&apos;s words.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Dates keep their precision.&lt;/b&gt; A claim known to the month is never given a day.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Your own corpus.&lt;/b&gt; Dossier does not ship the full texts. Attach your own copies of the articles with &lt;i&gt;File ▸ Attach Corpus Folder…&lt;/i&gt; (or drop the folder on the window) to read each quote in its article.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>AccessLabel</name>
    <message>
        <source>What this window may change in the dossier</source>
        <translation>What this window may change in the dossier</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Editing</translation>
    </message>
    <message>
        <source>Edits, markup, undo and redo are saved at once.</source>
        <translation>Edits, markup, undo and redo are saved at once.</translation>
    </message>
    <message>
        <source>Editing, not saved</source>
        <translation>Editing, not saved</translation>
    </message>
    <message>
        <source>This dossier has no database: edits last until the window closes.</source>
        <translation>This dossier has no database: edits last until the window closes.</translation>
    </message>
    <message>
        <source>Markup only</source>
        <translation>Markup only</translation>
    </message>
    <message>
        <source>Stars, tags and notes are saved; the evidence cannot be changed: %1</source>
        <translation>Stars, tags and notes are saved; the evidence cannot be changed: %1</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Read only</translation>
    </message>
</context>
<context>
    <name>ActorActions</name>
    <message>
        <source>&amp;Merge Actors…</source>
        <translation>&amp;Merge Actors…</translation>
    </message>
    <message>
        <source>Record &amp;Conflict…</source>
        <translation>Record &amp;Conflict…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Select an actor in the actor list first</source>
        <translation>Select an actor in the actor list first</translation>
    </message>
    <message>
        <source>Merge the selected actor into another, keeping every claim that names it</source>
        <translation>Merge the selected actor into another, keeping every claim that names it</translation>
    </message>
    <message>
        <source>Select two claims or more in the table first</source>
        <translation>Select two claims or more in the table first</translation>
    </message>
    <message>
        <source>Record that the selected claims disagree</source>
        <translation>Record that the selected claims disagree</translation>
    </message>
    <message>
        <source>The actors were not merged.</source>
        <translation>The actors were not merged.</translation>
    </message>
    <message>
        <source>The conflict was not recorded.</source>
        <translation>The conflict was not recorded.</translation>
    </message>
</context>
<context>
    <name>ActorEditActions</name>
    <message>
        <source>Edit &amp;Actor…</source>
        <translation>Edit &amp;Actor…</translation>
    </message>
    <message>
        <source>Delete Act&amp;or…</source>
        <translation>Delete Act&amp;or…</translation>
    </message>
    <message>
        <source>Select an actor in the actor list first</source>
        <translation>Select an actor in the actor list first</translation>
    </message>
    <message>
        <source>Edit the selected actor&apos;s name, kind, aliases and description</source>
        <translation>Edit the selected actor&apos;s name, kind, aliases and description</translation>
    </message>
    <message>
        <source>Delete the selected actor</source>
        <translation>Delete the selected actor</translation>
    </message>
    <message>
        <source>The actor was not changed.</source>
        <translation>The actor was not changed.</translation>
    </message>
    <message>
        <source>Delete Actor</source>
        <translation>Delete Actor</translation>
    </message>
    <message>
        <source>Delete actor %1 (%2)?</source>
        <translation>Delete actor %1 (%2)?</translation>
    </message>
    <message>
        <source>No claim names it. Edit ▸ Undo brings it back.</source>
        <translation>No claim names it. Edit ▸ Undo brings it back.</translation>
    </message>
    <message>
        <source>It cannot be deleted while claims name it:
%1

Merge it into another actor, or take it out of those claims first.</source>
        <translation>It cannot be deleted while claims name it:
%1

Merge it into another actor, or take it out of those claims first.</translation>
    </message>
    <message>
        <source>The actor was not deleted.</source>
        <translation>The actor was not deleted.</translation>
    </message>
</context>
<context>
    <name>ActorEditDialog</name>
    <message>
        <source>Edit Actor %1</source>
        <translation>Edit Actor %1</translation>
    </message>
    <message>
        <source>One name a line</source>
        <translation>One name a line</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>&amp;Aliases:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Fix the problems listed first</source>
        <translation>Fix the problems listed first</translation>
    </message>
</context>
<context>
    <name>ActorKinds</name>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organization</translation>
    </message>
    <message>
        <source>company</source>
        <translation>company</translation>
    </message>
    <message>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <source>court</source>
        <translation>court</translation>
    </message>
    <message>
        <source>government</source>
        <translation>government</translation>
    </message>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <source>media</source>
        <translation>media</translation>
    </message>
</context>
<context>
    <name>ActorListView</name>
    <message>
        <source>Check actors to filter by them; double-click one to show only its claims</source>
        <translation>Check actors to filter by them; double-click one to show only its claims</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
</context>
<context>
    <name>ActorMerge</name>
    <message>
        <source>There is no actor %1.</source>
        <translation>There is no actor %1.</translation>
    </message>
    <message>
        <source>An actor cannot be merged into itself.</source>
        <translation>An actor cannot be merged into itself.</translation>
    </message>
    <message>
        <source>Choose at least one actor to merge into %1.</source>
        <translation>Choose at least one actor to merge into %1.</translation>
    </message>
    <message>
        <source>Merge actor %1 into %2</source>
        <translation>Merge actor %1 into %2</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n actors into %1</source>
        <translation>
            <numerusform>Merge %n actor into %1</numerusform>
            <numerusform>Merge %n actors into %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActorMergeDialog</name>
    <message>
        <source>Merge Actors</source>
        <translation>Merge Actors</translation>
    </message>
    <message>
        <source>Merge %1 into the actor chosen below. The merged names become its aliases.</source>
        <translation>Merge %1 into the actor chosen below. The merged names become its aliases.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Keep:</translation>
    </message>
    <message>
        <source>There is no other actor to merge into.</source>
        <translation>There is no other actor to merge into.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) will name %1 instead. Edit ▸ Undo brings all of it back.</source>
        <translation>
            <numerusform>%n claim will name %1 instead. Edit ▸ Undo brings all of it back.</numerusform>
            <numerusform>%n claims will name %1 instead. Edit ▸ Undo brings all of it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActorRefsEditor</name>
    <message>
        <source>&amp;Add Actor</source>
        <translation>&amp;Add Actor</translation>
    </message>
    <message>
        <source>Add an actor to the claim</source>
        <translation>Add an actor to the claim</translation>
    </message>
    <message>
        <source>Actor %1</source>
        <translation>Actor %1</translation>
    </message>
    <message>
        <source>Role of actor %1</source>
        <translation>Role of actor %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove actor %1</source>
        <translation>Remove actor %1</translation>
    </message>
    <message>
        <source>Kind of the new actor</source>
        <translation>Kind of the new actor</translation>
    </message>
    <message>
        <source>Create actor “%1”</source>
        <translation>Create actor “%1”</translation>
    </message>
</context>
<context>
    <name>ActorRoles</name>
    <message>
        <source>plaintiff</source>
        <translation>plaintiff</translation>
    </message>
    <message>
        <source>defendant</source>
        <translation>defendant</translation>
    </message>
    <message>
        <source>accuser</source>
        <translation>accuser</translation>
    </message>
    <message>
        <source>accused</source>
        <translation>accused</translation>
    </message>
    <message>
        <source>investor</source>
        <translation>investor</translation>
    </message>
    <message>
        <source>investee</source>
        <translation>investee</translation>
    </message>
    <message>
        <source>founder</source>
        <translation>founder</translation>
    </message>
    <message>
        <source>cofounder</source>
        <translation>cofounder</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>developer</source>
        <translation>developer</translation>
    </message>
    <message>
        <source>product</source>
        <translation>product</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>competitor</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>court</source>
        <translation>court</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>author</source>
        <translation>author</translation>
    </message>
</context>
<context>
    <name>ActorTableModel</name>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Last</translation>
    </message>
</context>
<context>
    <name>AddArticleDialog</name>
    <message>
        <source>Choose an article file, or drop one here.</source>
        <translation>Choose an article file, or drop one here.</translation>
    </message>
    <message>
        <source>This file cannot be added.</source>
        <translation>This file cannot be added.</translation>
    </message>
    <message>
        <source>Add Article</source>
        <translation>Add Article</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.xhtml);;All files (*)</source>
        <translation>Articles (*.txt *.html *.htm *.xhtml);;All files (*)</translation>
    </message>
    <message>
        <source>Article fil&amp;e:</source>
        <translation>Article fil&amp;e:</translation>
    </message>
    <message>
        <source>Article file</source>
        <translation>Article file</translation>
    </message>
    <message>
        <source>A UTF-8 text file or a saved HTML page</source>
        <translation>A UTF-8 text file or a saved HTML page</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Pa&amp;ragraphs, numbered as citations will number them:</source>
        <translation>Pa&amp;ragraphs, numbered as citations will number them:</translation>
    </message>
    <message>
        <source>Article paragraphs</source>
        <translation>Article paragraphs</translation>
    </message>
    <message>
        <source>The article as it will be kept in the corpus, one numbered paragraph after another</source>
        <translation>The article as it will be kept in the corpus, one numbered paragraph after another</translation>
    </message>
    <message>
        <source>Add source %1</source>
        <translation>Add source %1</translation>
    </message>
</context>
<context>
    <name>ArticleIntake</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, more than any saved page of one article; it was not read</source>
        <translation>%1 is larger than %2 MB, more than any saved page of one article; it was not read</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, more than any article; it was not read</source>
        <translation>%1 is larger than %2 MB, more than any article; it was not read</translation>
    </message>
    <message>
        <source>%1 holds NUL bytes: it is a binary file, not text</source>
        <translation>%1 holds NUL bytes: it is a binary file, not text</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: byte %2 (line %3, column %4) does not begin a valid character; save it as UTF-8 and add it again</source>
        <translation>%1 is not UTF-8 text: byte %2 (line %3, column %4) does not begin a valid character; save it as UTF-8 and add it again</translation>
    </message>
    <message>
        <source>The text of %1 is larger than %2 MB, more than any article</source>
        <translation>The text of %1 is larger than %2 MB, more than any article</translation>
    </message>
    <message>
        <source>%1 holds no paragraph of text once its scripts, styles and navigation are left out</source>
        <translation>%1 holds no paragraph of text once its scripts, styles and navigation are left out</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no paragraph of text</source>
        <translation>%1 is empty: it holds no paragraph of text</translation>
    </message>
    <message>
        <source>The same text is already in the corpus folder as %1; it was not added again</source>
        <translation>The same text is already in the corpus folder as %1; it was not added again</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain file name</source>
        <translation>&apos;%1&apos; is not a plain file name</translation>
    </message>
    <message>
        <source>%1 is already taken in the corpus folder</source>
        <translation>%1 is already taken in the corpus folder</translation>
    </message>
    <message>
        <source>There is no article text to write</source>
        <translation>There is no article text to write</translation>
    </message>
    <message>
        <source>The corpus folder %1 cannot be created</source>
        <translation>The corpus folder %1 cannot be created</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Article — %1</source>
        <translation>Article — %1</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Article text</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — &lt;i&gt;%3&lt;/i&gt; · file %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — &lt;i&gt;%3&lt;/i&gt; · file %4</translation>
    </message>
    <message>
        <source>&amp;Previous Citation</source>
        <translation>&amp;Previous Citation</translation>
    </message>
    <message>
        <source>&amp;Next Citation</source>
        <translation>&amp;Next Citation</translation>
    </message>
    <message>
        <source>The full article, its paragraphs numbered as the citations number them, with every passage the dataset cites highlighted</source>
        <translation>The full article, its paragraphs numbered as the citations number them, with every passage the dataset cites highlighted</translation>
    </message>
    <message>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>The cited passage before this one (%1)</source>
        <translation>The cited passage before this one (%1)</translation>
    </message>
    <message>
        <source>The cited passage after this one (%1)</source>
        <translation>The cited passage after this one (%1)</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 · file %4</source>
        <translation>%1 — %2 — %3 · file %4</translation>
    </message>
    <message>
        <source>Citation %1 of %2 · paragraph %3</source>
        <translation>Citation %1 of %2 · paragraph %3</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) of this article cited</source>
        <translation>
            <numerusform>%n passage of this article cited</numerusform>
            <numerusform>%n passages of this article cited</numerusform>
        </translation>
    </message>
    <message>
        <source>No passage of this article is cited</source>
        <translation>No passage of this article is cited</translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n claim(s), paragraph %1:</source>
        <translation>
            <numerusform>Cited by %n claim, paragraph %1:</numerusform>
            <numerusform>Cited by %n claims, paragraph %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No corpus folder is attached.</source>
        <translation>No corpus folder is attached.</translation>
    </message>
    <message>
        <source>The file “%1” differs from the article the dataset was built from (its SHA-256 does not match); the text may not be what was quoted.</source>
        <translation>The file “%1” differs from the article the dataset was built from (its SHA-256 does not match); the text may not be what was quoted.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ChangeDescription</name>
    <message>
        <source>source %1</source>
        <translation>source %1</translation>
    </message>
    <message>
        <source>actor %1</source>
        <translation>actor %1</translation>
    </message>
    <message>
        <source>claim %1</source>
        <translation>claim %1</translation>
    </message>
    <message>
        <source>conflict %1</source>
        <translation>conflict %1</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>date note</source>
        <translation>date note</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>statement</translation>
    </message>
    <message>
        <source>actors</source>
        <translation>actors</translation>
    </message>
    <message>
        <source>claimant</source>
        <translation>claimant</translation>
    </message>
    <message>
        <source>response</source>
        <translation>response</translation>
    </message>
    <message>
        <source>citations</source>
        <translation>citations</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>outlet</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>author</source>
        <translation>author</translation>
    </message>
    <message>
        <source>publication date</source>
        <translation>publication date</translation>
    </message>
    <message>
        <source>publication note</source>
        <translation>publication note</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>aliases</source>
        <translation>aliases</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>claims</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Change %1 of %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
</context>
<context>
    <name>ChangeValidator</name>
    <message>
        <source>an operation holds the record before it, after it or both, of one table</source>
        <translation>an operation holds the record before it, after it or both, of one table</translation>
    </message>
    <message>
        <source>a record keeps its id: &apos;%1&apos; cannot become &apos;%2&apos;</source>
        <translation>a record keeps its id: &apos;%1&apos; cannot become &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>no longer exists</translation>
    </message>
    <message>
        <source>no longer holds what the edit expects: it was changed meanwhile</source>
        <translation>no longer holds what the edit expects: it was changed meanwhile</translation>
    </message>
</context>
<context>
    <name>ChartActions</name>
    <message>
        <source>Wrap &amp;Statements</source>
        <translation>Wrap &amp;Statements</translation>
    </message>
    <message>
        <source>Plot by When It &amp;Happened</source>
        <translation>Plot by When It &amp;Happened</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Plot by When It Was &amp;Reported</source>
        <translation>Plot by When It Was &amp;Reported</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Zoom to Selection</source>
        <translation>&amp;Zoom to Selection</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Reset Zoom</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Show &amp;Whole Span</source>
        <translation>Show &amp;Whole Span</translation>
    </message>
    <message>
        <source>Ctrl+Shift+0</source>
        <translation>Ctrl+Shift+0</translation>
    </message>
    <message>
        <source>&amp;Taller Lanes</source>
        <translation>&amp;Taller Lanes</translation>
    </message>
    <message>
        <source>Ctrl+]</source>
        <translation>Ctrl+]</translation>
    </message>
    <message>
        <source>S&amp;horter Lanes</source>
        <translation>S&amp;horter Lanes</translation>
    </message>
    <message>
        <source>Ctrl+[</source>
        <translation>Ctrl+[</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Show each claim&apos;s statement on two lines in the table</source>
        <translation>Show each claim&apos;s statement on two lines in the table</translation>
    </message>
</context>
<context>
    <name>CitationLocator</name>
    <message>
        <source>The dataset names an unknown source “%1”.</source>
        <translation>The dataset names an unknown source “%1”.</translation>
    </message>
    <message>
        <source>No corpus folder is attached. Use File ▸ Attach Corpus Folder… to choose the folder that holds the articles.</source>
        <translation>No corpus folder is attached. Use File ▸ Attach Corpus Folder… to choose the folder that holds the articles.</translation>
    </message>
    <message>
        <source>The article file “%1” cannot be read: %2</source>
        <translation>The article file “%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>The file “%1” differs from the article the dataset was built from (its SHA-256 does not match); the text may not be what was quoted.</source>
        <translation>The file “%1” differs from the article the dataset was built from (its SHA-256 does not match); the text may not be what was quoted.</translation>
    </message>
    <message>
        <source>The quote was not found in “%1”.</source>
        <translation>The quote was not found in “%1”.</translation>
    </message>
    <message>
        <source>The citation does not match “%1”: %2.</source>
        <translation>The citation does not match “%1”: %2.</translation>
    </message>
</context>
<context>
    <name>CitationPanel</name>
    <message>
        <source>Show in Article</source>
        <translation>Show in Article</translation>
    </message>
    <message>
        <source>Open the first citation&apos;s article with the quote highlighted</source>
        <translation>Open the first citation&apos;s article with the quote highlighted</translation>
    </message>
    <message>
        <source>Select a claim on the timeline or in the table to see its sources and quotes.</source>
        <translation>Select a claim on the timeline or in the table to see its sources and quotes.</translation>
    </message>
    <message>
        <source>%1 · %2 · claim %3</source>
        <translation>%1 · %2 · claim %3</translation>
    </message>
    <message>
        <source>Citations (%1)</source>
        <translation>Citations (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>Actors:</translation>
    </message>
    <message>
        <source>Claimed by:</source>
        <translation>Claimed by:</translation>
    </message>
    <message>
        <source>Responds to:</source>
        <translation>Responds to:</translation>
    </message>
    <message>
        <source>In conflict:</source>
        <translation>In conflict:</translation>
    </message>
    <message>
        <source>Other claims:</source>
        <translation>Other claims:</translation>
    </message>
    <message>
        <source>Unknown source “%1”</source>
        <translation>Unknown source “%1”</translation>
    </message>
    <message>
        <source>author unknown</source>
        <translation>author unknown</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>paragraph %1</translation>
    </message>
    <message>
        <source>Show in article ›</source>
        <translation>Show in article ›</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>The selected claim&apos;s sources and quotes</source>
        <translation>The selected claim&apos;s sources and quotes</translation>
    </message>
    <message>
        <source>Claim details</source>
        <translation>Claim details</translation>
    </message>
    <message>
        <source>Statement, date, actors and each citation of the selected claim, with its quote</source>
        <translation>Statement, date, actors and each citation of the selected claim, with its quote</translation>
    </message>
    <message>
        <source>About the source</source>
        <translation>About the source</translation>
    </message>
    <message>
        <source>About the sources</source>
        <translation>About the sources</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>published %1</translation>
    </message>
    <message>
        <source>Notes on the source</source>
        <translation>Notes on the source</translation>
    </message>
    <message>
        <source>How this date was inferred</source>
        <translation>How this date was inferred</translation>
    </message>
    <message>
        <source>&amp;Edit Claim…</source>
        <translation>&amp;Edit Claim…</translation>
    </message>
    <message>
        <source>Edit Source %1…</source>
        <translation>Edit Source %1…</translation>
    </message>
    <message>
        <source>Edit Actor %1…</source>
        <translation>Edit Actor %1…</translation>
    </message>
</context>
<context>
    <name>ClaimClipboard</name>
    <message>
        <source>paragraph %1</source>
        <translation>paragraph %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>published %1</translation>
    </message>
</context>
<context>
    <name>ClaimDate</name>
    <message>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <source>as of %1 (when reported)</source>
        <translation>as of %1 (when reported)</translation>
    </message>
    <message>
        <source>as of %1, when reported</source>
        <translation>as of %1, when reported</translation>
    </message>
    <message>
        <source>%1, month unknown</source>
        <translation>%1, month unknown</translation>
    </message>
    <message>
        <source>%1, day unknown</source>
        <translation>%1, day unknown</translation>
    </message>
</context>
<context>
    <name>ClaimEditDialog</name>
    <message>
        <source>Edit Claim %1</source>
        <translation>Edit Claim %1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fix the problems listed first</source>
        <translation>Fix the problems listed first</translation>
    </message>
    <message>
        <source>New Claim %1</source>
        <translation>New Claim %1</translation>
    </message>
</context>
<context>
    <name>ClaimExport</name>
    <message>
        <source>Dossier dataset JSON (*.json)</source>
        <translation>Dossier dataset JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV, plain UTF-8 (*.csv)</source>
        <translation>CSV, plain UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets, UTF-8 with byte-order mark (*.csv)</source>
        <translation>CSV for spreadsheets, UTF-8 with byte-order mark (*.csv)</translation>
    </message>
    <message>
        <source>TimelineJS timeline (*.json)</source>
        <translation>TimelineJS timeline (*.json)</translation>
    </message>
    <message>
        <source>Export Claims</source>
        <translation>Export Claims</translation>
    </message>
    <message>
        <source>Export &amp;Claims…</source>
        <translation>Export &amp;Claims…</translation>
    </message>
    <message>
        <source>Save the claims the filter shows as JSON, CSV for spreadsheets or a TimelineJS timeline</source>
        <translation>Save the claims the filter shows as JSON, CSV for spreadsheets or a TimelineJS timeline</translation>
    </message>
    <message>
        <source>dispute-claims</source>
        <translation>dispute-claims</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n claim(s)…</source>
        <translation>
            <numerusform>Exporting %n claim…</numerusform>
            <numerusform>Exporting %n claims…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The claims were not exported to %1: %2</source>
        <translation>The claims were not exported to %1: %2</translation>
    </message>
</context>
<context>
    <name>ClaimFilter</name>
    <message>
        <source>All claims</source>
        <translation>All claims</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>Actors: %1</translation>
    </message>
    <message>
        <source>Years: %1</source>
        <translation>Years: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources: %1</translation>
    </message>
    <message>
        <source>Kinds: %1</source>
        <translation>Kinds: %1</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>Search: “%1”</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>in conflict</source>
        <translation>in conflict</translation>
    </message>
    <message>
        <source>in no conflict</source>
        <translation>in no conflict</translation>
    </message>
    <message>
        <source>single source</source>
        <translation>single source</translation>
    </message>
    <message>
        <source>several sources</source>
        <translation>several sources</translation>
    </message>
    <message>
        <source>reported as fact</source>
        <translation>reported as fact</translation>
    </message>
    <message>
        <source>claimed by %1</source>
        <translation>claimed by %1</translation>
    </message>
    <message>
        <source>key claims</source>
        <translation>key claims</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>tagged %1</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <source>Dated by &amp;when it was reported</source>
        <translation>Dated by &amp;when it was reported</translation>
    </message>
    <message>
        <source>As precise as the sources are: a year, a month or a day</source>
        <translation>As precise as the sources are: a year, a month or a day</translation>
    </message>
    <message>
        <source>The articles give no date of the event: the claim is dated by its report</source>
        <translation>The articles give no date of the event: the claim is dated by its report</translation>
    </message>
    <message>
        <source>Why this date, when it needs saying</source>
        <translation>Why this date, when it needs saying</translation>
    </message>
    <message>
        <source>What the claim says, in neutral English</source>
        <translation>What the claim says, in neutral English</translation>
    </message>
    <message>
        <source>reported as fact</source>
        <translation>reported as fact</translation>
    </message>
    <message>
        <source>The id of the claim it answers, if any</source>
        <translation>The id of the claim it answers, if any</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Date &amp;note:</source>
        <translation>Date &amp;note:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>&amp;Statement:</translation>
    </message>
    <message>
        <source>Ac&amp;tors:</source>
        <translation>Ac&amp;tors:</translation>
    </message>
    <message>
        <source>&amp;Claimed by:</source>
        <translation>&amp;Claimed by:</translation>
    </message>
    <message>
        <source>&amp;Responds to:</source>
        <translation>&amp;Responds to:</translation>
    </message>
    <message>
        <source>Citations:</source>
        <translation>Citations:</translation>
    </message>
    <message>
        <source>%1, ¶%2: “%3”</source>
        <translation>%1, ¶%2: “%3”</translation>
    </message>
</context>
<context>
    <name>ClaimInspector</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>History of the claim</source>
        <translation>History of the claim</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>No claim selected</source>
        <translation>No claim selected</translation>
    </message>
    <message>
        <source>Select a claim on the timeline or in the table to inspect it.</source>
        <translation>Select a claim on the timeline or in the table to inspect it.</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>Claim %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Statement: %1</source>
        <translation>Statement: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Kind: %1</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>Actors: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Claimed by: %1</source>
        <translation>Claimed by: %1</translation>
    </message>
    <message>
        <source>reported as fact</source>
        <translation>reported as fact</translation>
    </message>
    <message>
        <source>Date note: %1</source>
        <translation>Date note: %1</translation>
    </message>
    <message>
        <source>Responds to: %1</source>
        <translation>Responds to: %1</translation>
    </message>
    <message>
        <source>Citations: %1</source>
        <translation>Citations: %1</translation>
    </message>
    <message>
        <source>History is not recorded: no database is open.</source>
        <translation>History is not recorded: no database is open.</translation>
    </message>
    <message>
        <source>History is not recorded: %1</source>
        <translation>History is not recorded: %1</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>The history cannot be read: %1</translation>
    </message>
    <message>
        <source>No change to this claim is recorded: it is as imported.</source>
        <translation>No change to this claim is recorded: it is as imported.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
</context>
<context>
    <name>ClaimKinds</name>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Allegation</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Context</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
</context>
<context>
    <name>ClaimMarkupPanel</name>
    <message>
        <source>Key claim</source>
        <translation>Key claim</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>No tags</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Tag…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Your markup</source>
        <translation>Your markup</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>Change Colour…</source>
        <translation>Change Colour…</translation>
    </message>
</context>
<context>
    <name>ClaimRemoval</name>
    <message>
        <source>claim %1 responds to it: it will respond to nothing</source>
        <translation>claim %1 responds to it: it will respond to nothing</translation>
    </message>
    <message>
        <source>conflict %1 is between it and one other claim: it will be deleted</source>
        <translation>conflict %1 is between it and one other claim: it will be deleted</translation>
    </message>
    <message>
        <source>conflict %1 names it: it will name the others</source>
        <translation>conflict %1 names it: it will name the others</translation>
    </message>
</context>
<context>
    <name>ClaimTableModel</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>In conflict with other claims.</source>
        <translation>In conflict with other claims.</translation>
    </message>
    <message>
        <source>Rests on a single source.</source>
        <translation>Rests on a single source.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Cited from: %1</source>
        <translation>Cited from: %1</translation>
    </message>
    <message>
        <source>No date of its own: %1 is when it was reported.</source>
        <translation>No date of its own: %1 is when it was reported.</translation>
    </message>
    <message>
        <source>You starred it as key.</source>
        <translation>You starred it as key.</translation>
    </message>
    <message>
        <source>Your tags: %1</source>
        <translation>Your tags: %1</translation>
    </message>
</context>
<context>
    <name>ClaimTableView</name>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>The claims that match the filter, one per row; selecting rows selects the claims everywhere</source>
        <translation>The claims that match the filter, one per row; selecting rows selects the claims everywhere</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Check the dataset&apos;s integrity, and its quotes against a corpus.</source>
        <translation>Check the dataset&apos;s integrity, and its quotes against a corpus.</translation>
    </message>
    <message>
        <source>Export claims as JSON (the authoring format) or CSV.</source>
        <translation>Export claims as JSON (the authoring format) or CSV.</translation>
    </message>
    <message>
        <source>Validate a dataset JSON file, then import it into the database.</source>
        <translation>Validate a dataset JSON file, then import it into the database.</translation>
    </message>
    <message>
        <source>Write a synthetic dataset of any size, for benchmarks.</source>
        <translation>Write a synthetic dataset of any size, for benchmarks.</translation>
    </message>
    <message>
        <source>Write the dispute summary report as PDF, headless.</source>
        <translation>Write the dispute summary report as PDF, headless.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Claims involving NAME (id, name or alias; case-insensitive; repeatable).</source>
        <translation>Claims involving NAME (id, name or alias; case-insensitive; repeatable).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Claims dated in YYYY.</source>
        <translation>Claims dated in YYYY.</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>Claims dated in YYYY or later.</source>
        <translation>Claims dated in YYYY or later.</translation>
    </message>
    <message>
        <source>Claims dated in YYYY or earlier.</source>
        <translation>Claims dated in YYYY or earlier.</translation>
    </message>
    <message>
        <source>Claims citing the source ID (repeatable).</source>
        <translation>Claims citing the source ID (repeatable).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Claims of KIND (event, allegation, ...; repeatable).</source>
        <translation>Claims of KIND (event, allegation, ...; repeatable).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Claims whose statement or quotes hold every word of TEXT.</source>
        <translation>Claims whose statement or quotes hold every word of TEXT.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>no actor is named &apos;%1&apos; (try an id, a name or an alias; &apos;dossier export --format json&apos; lists them)</source>
        <translation>no actor is named &apos;%1&apos; (try an id, a name or an alias; &apos;dossier export --format json&apos; lists them)</translation>
    </message>
    <message>
        <source>--%1 expects a four-digit year, not &apos;%2&apos;</source>
        <translation>--%1 expects a four-digit year, not &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--year cannot be combined with --from or --to</source>
        <translation>--year cannot be combined with --from or --to</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 is after --to %2</translation>
    </message>
    <message>
        <source>no source has the id &apos;%1&apos;</source>
        <translation>no source has the id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>cannot write to standard output</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2; the previous file, if any, is unchanged</source>
        <translation>cannot write %1: %2; the previous file, if any, is unchanged</translation>
    </message>
    <message>
        <source>The dataset JSON to check (default: the bundled dataset).</source>
        <translation>The dataset JSON to check (default: the bundled dataset).</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[FILE]</translation>
    </message>
    <message>
        <source>Also check every source and quote against the articles in DIR (default: $DOSSIER_CORPUS when set).</source>
        <translation>Also check every source and quote against the articles in DIR (default: $DOSSIER_CORPUS when set).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>check takes one dataset file at most</source>
        <translation>check takes one dataset file at most</translation>
    </message>
    <message>
        <source>FAIL </source>
        <translation>FAIL </translation>
    </message>
    <message>
        <source>Claims resting on a single source (%1):</source>
        <translation>Claims resting on a single source (%1):</translation>
    </message>
    <message>
        <source>%1: %2 failure(s); %3 sources, %4 actors, %5 claims, %6 citations, %7 conflicts; %8</source>
        <translation>%1: %2 failure(s); %3 sources, %4 actors, %5 claims, %6 citations, %7 conflicts; %8</translation>
    </message>
    <message>
        <source>quotes not checked against a corpus</source>
        <translation>quotes not checked against a corpus</translation>
    </message>
    <message>
        <source>%1 sources and %2 quotes checked against %3</source>
        <translation>%1 sources and %2 quotes checked against %3</translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation>Commands:
</translation>
    </message>
    <message>
        <source>
Run &apos;dossier COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Run &apos;dossier COMMAND --help&apos; for a command&apos;s options.
</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>The command.</translation>
    </message>
    <message>
        <source>Run &apos;dossier %1 --help&apos; for its options.</source>
        <translation>Run &apos;dossier %1 --help&apos; for its options.</translation>
    </message>
    <message>
        <source>Dossier: an investigative dashboard over a curated, cited dispute dataset.
Without a command, opens the dashboard.

</source>
        <translation>Dossier: an investigative dashboard over a curated, cited dispute dataset.
Without a command, opens the dashboard.

</translation>
    </message>
    <message>
        <source>Attach the folder DIR holding the articles&apos; full texts.</source>
        <translation>Attach the folder DIR holding the articles&apos; full texts.</translation>
    </message>
    <message>
        <source>dossier: unknown command &apos;%1&apos;

</source>
        <translation>dossier: unknown command &apos;%1&apos;

</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Write to FILE instead of standard output.</translation>
    </message>
    <message>
        <source>export takes no file argument; use -o FILE</source>
        <translation>export takes no file argument; use -o FILE</translation>
    </message>
    <message>
        <source>import takes exactly one dataset file</source>
        <translation>import takes exactly one dataset file</translation>
    </message>
    <message>
        <source>%1 problem(s) in %2; nothing was imported</source>
        <translation>%1 problem(s) in %2; nothing was imported</translation>
    </message>
    <message>
        <source>Imported %1 claims, %2 actors, %3 sources and %4 conflicts into %5</source>
        <translation>Imported %1 claims, %2 actors, %3 sources and %4 conflicts into %5</translation>
    </message>
    <message>
        <source>--date expects YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--date expects YYYY-MM-DD, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Write the report to FILE (PDF). Required.</source>
        <translation>Write the report to FILE (PDF). Required.</translation>
    </message>
    <message>
        <source>A4 or Letter (default: from the locale).</source>
        <translation>A4 or Letter (default: from the locale).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>The report&apos;s title (default: the dataset&apos;s title).</source>
        <translation>The report&apos;s title (default: the dataset&apos;s title).</translation>
    </message>
    <message>
        <source>The generation date to print, YYYY-MM-DD (default: $SOURCE_DATE_EPOCH or today).</source>
        <translation>The generation date to print, YYYY-MM-DD (default: $SOURCE_DATE_EPOCH or today).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>report takes no file argument; use -o FILE.pdf</source>
        <translation>report takes no file argument; use -o FILE.pdf</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter, not &apos;%1&apos;</source>
        <translation>--page-size must be A4 or Letter, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages, %3 claims)</source>
        <translation>Wrote %1 (%2 pages, %3 claims)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of actors (1 to 1000000).</source>
        <translation>Number of actors (1 to 1000000).</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Number of sources (1 to 1000000).</source>
        <translation>Number of sources (1 to 1000000).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same file.</source>
        <translation>Random seed: the same seed gives the same file.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Write to FILE (&apos;-&apos;: standard output).</source>
        <translation>Write to FILE (&apos;-&apos;: standard output).</translation>
    </message>
    <message>
        <source>--%1 expects a whole number from 1 to %2, not &apos;%3&apos;</source>
        <translation>--%1 expects a whole number from 1 to %2, not &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--seed expects a whole number, not &apos;%1&apos;</source>
        <translation>--seed expects a whole number, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>generate needs -o FILE (or -o - for standard output)</source>
        <translation>generate needs -o FILE (or -o - for standard output)</translation>
    </message>
    <message>
        <source>Writing the report: %1%</source>
        <translation>Writing the report: %1%</translation>
    </message>
    <message>
        <source>--database needs a file name</source>
        <translation>--database needs a file name</translation>
    </message>
    <message>
        <source>there is no database at %1 (create it with &apos;dossier import --database %1 FILE.json&apos;)</source>
        <translation>there is no database at %1 (create it with &apos;dossier import --database %1 FILE.json&apos;)</translation>
    </message>
    <message>
        <source>%1 is the database (or one of its files); writing there would destroy it: choose another output file</source>
        <translation>%1 is the database (or one of its files); writing there would destroy it: choose another output file</translation>
    </message>
    <message>
        <source>no claim kind is called &apos;%1&apos; (kinds: %2)</source>
        <translation>no claim kind is called &apos;%1&apos; (kinds: %2)</translation>
    </message>
    <message>
        <source>--corpus needs a folder</source>
        <translation>--corpus needs a folder</translation>
    </message>
    <message>
        <source>the corpus %1 is not a folder</source>
        <translation>the corpus %1 is not a folder</translation>
    </message>
    <message>
        <source>SOURCE_DATE_EPOCH must be seconds since 1970 (UTC), not &apos;%1&apos;</source>
        <translation>SOURCE_DATE_EPOCH must be seconds since 1970 (UTC), not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Number of claims (1 to 1000000; a larger file would exceed what import reads).</source>
        <translation>Number of claims (1 to 1000000; a larger file would exceed what import reads).</translation>
    </message>
    <message>
        <source>dossier: note: %1 exported claim(s) answer claims the filter leaves out, and %2 conflict(s) span both sides of it; those links are not in the export</source>
        <translation>dossier: note: %1 exported claim(s) answer claims the filter leaves out, and %2 conflict(s) span both sides of it; those links are not in the export</translation>
    </message>
    <message>
        <source>dossier: warning: fonts not installed (%1); the PDF may show boxes instead of letters. Install fonts-dejavu-core and fonts-symbola.</source>
        <translation>dossier: warning: fonts not installed (%1); the PDF may show boxes instead of letters. Install fonts-dejavu-core and fonts-symbola.</translation>
    </message>
    <message>
        <source>cannot write %1: it %2; Dossier writes only regular files, or standard output with -o -</source>
        <translation>cannot write %1: it %2; Dossier writes only regular files, or standard output with -o -</translation>
    </message>
    <message>
        <source>report needs -o FILE.pdf (or -o - for standard output)</source>
        <translation>report needs -o FILE.pdf (or -o - for standard output)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>dossier: %1 %2</source>
        <translation>dossier: %1 %2</translation>
    </message>
    <message>
        <source>dossier: %1 is neither a Dossier database nor a dataset JSON file.</source>
        <translation>dossier: %1 is neither a Dossier database nor a dataset JSON file.</translation>
    </message>
    <message>
        <source>dossier: the window opens one file at a time, not %1.</source>
        <translation>dossier: the window opens one file at a time, not %1.</translation>
    </message>
    <message>
        <source>dossier: %1 is a database; give it either as FILE or with --database, not both.</source>
        <translation>dossier: %1 is a database; give it either as FILE or with --database, not both.</translation>
    </message>
    <message>
        <source>A command (see above), or a file to open: a Dossier database, or a dataset JSON file to import.</source>
        <translation>A command (see above), or a file to open: a Dossier database, or a dataset JSON file to import.</translation>
    </message>
    <message>
        <source>[COMMAND | FILE]</source>
        <translation>[COMMAND | FILE]</translation>
    </message>
    <message>
        <source>Start a CSV with a UTF-8 byte-order mark, for spreadsheets that need one.</source>
        <translation>Start a CSV with a UTF-8 byte-order mark, for spreadsheets that need one.</translation>
    </message>
    <message>
        <source>--bom is for --format csv only</source>
        <translation>--bom is for --format csv only</translation>
    </message>
    <message>
        <source>json (the authoring format), csv or timelinejs.</source>
        <translation>json (the authoring format), csv or timelinejs.</translation>
    </message>
    <message>
        <source>--format must be json, csv or timelinejs, not &apos;%1&apos;</source>
        <translation>--format must be json, csv or timelinejs, not &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Claims in a recorded conflict with another.</source>
        <translation>Claims in a recorded conflict with another.</translation>
    </message>
    <message>
        <source>Claims in no recorded conflict.</source>
        <translation>Claims in no recorded conflict.</translation>
    </message>
    <message>
        <source>Claims resting on a single source.</source>
        <translation>Claims resting on a single source.</translation>
    </message>
    <message>
        <source>Claims resting on several sources.</source>
        <translation>Claims resting on several sources.</translation>
    </message>
    <message>
        <source>Claims that NAME claims (id, name or alias; repeatable).</source>
        <translation>Claims that NAME claims (id, name or alias; repeatable).</translation>
    </message>
    <message>
        <source>Claims the articles report as fact, no actor claiming them (with --claimant: either).</source>
        <translation>Claims the articles report as fact, no actor claiming them (with --claimant: either).</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --%2</source>
        <translation>--%1 cannot be combined with --%2</translation>
    </message>
    <message>
        <source>no actor is named &apos;%1&apos; (try an id, a name or an alias)</source>
        <translation>no actor is named &apos;%1&apos; (try an id, a name or an alias)</translation>
    </message>
    <message>
        <source>The claims of the view saved as NAME in the window (View &gt; Saved Views); alone, without the options above.</source>
        <translation>The claims of the view saved as NAME in the window (View &gt; Saved Views); alone, without the options above.</translation>
    </message>
    <message>
        <source>no view is saved as &apos;%1&apos; (none is saved yet: View &gt; Saved Views &gt; Save Current View in the window)</source>
        <translation>no view is saved as &apos;%1&apos; (none is saved yet: View &gt; Saved Views &gt; Save Current View in the window)</translation>
    </message>
    <message>
        <source>no view is saved as &apos;%1&apos; (saved views: %2)</source>
        <translation>no view is saved as &apos;%1&apos; (saved views: %2)</translation>
    </message>
    <message>
        <source>--view cannot be combined with --%1</source>
        <translation>--view cannot be combined with --%1</translation>
    </message>
    <message>
        <source>Open on the view saved as NAME (View &gt; Saved Views).</source>
        <translation>Open on the view saved as NAME (View &gt; Saved Views).</translation>
    </message>
    <message>
        <source>Check the dataset held in the database DB (a file, or a PostgreSQL connection string) instead of a file.</source>
        <translation>Check the dataset held in the database DB (a file, or a PostgreSQL connection string) instead of a file.</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <source>check takes a file or --database, not both</source>
        <translation>check takes a file or --database, not both</translation>
    </message>
    <message>
        <source>Use the database FILE instead of the default one, or a team dossier on PostgreSQL: a libpq connection URI (postgresql://user@host/db) or service=NAME. No password is needed on the command line: libpq reads ~/.pgpass, PGPASSFILE and pg_service.conf.</source>
        <translation>Use the database FILE instead of the default one, or a team dossier on PostgreSQL: a libpq connection URI (postgresql://user@host/db) or service=NAME. No password is needed on the command line: libpq reads ~/.pgpass, PGPASSFILE and pg_service.conf.</translation>
    </message>
    <message>
        <source>Prepare an empty PostgreSQL database for a team dossier.</source>
        <translation>Prepare an empty PostgreSQL database for a team dossier.</translation>
    </message>
    <message>
        <source>init takes no file argument</source>
        <translation>init takes no file argument</translation>
    </message>
    <message>
        <source>init prepares a PostgreSQL database: give it with --database postgresql://USER@HOST/DB or --database service=NAME (a database file is created by &apos;dossier import&apos;)</source>
        <translation>init prepares a PostgreSQL database: give it with --database postgresql://USER@HOST/DB or --database service=NAME (a database file is created by &apos;dossier import&apos;)</translation>
    </message>
    <message>
        <source>%1 was already prepared (schema %2)</source>
        <translation>%1 was already prepared (schema %2)</translation>
    </message>
    <message>
        <source>Prepared %1 (schema %2): import a dataset with &apos;dossier import FILE --database …&apos;</source>
        <translation>Prepared %1 (schema %2): import a dataset with &apos;dossier import FILE --database …&apos;</translation>
    </message>
    <message>
        <source>Print the changes made to the dossier, or to one record of it: when, by whom, and each field before and after.</source>
        <translation>Print the changes made to the dossier, or to one record of it: when, by whom, and each field before and after.</translation>
    </message>
    <message>
        <source>The id of a claim (or of a source, an actor or a conflict) whose changes to show; all changes without it.</source>
        <translation>The id of a claim (or of a source, an actor or a conflict) whose changes to show; all changes without it.</translation>
    </message>
    <message>
        <source>[CLAIM]</source>
        <translation>[CLAIM]</translation>
    </message>
    <message>
        <source>  %1 created</source>
        <translation>  %1 created</translation>
    </message>
    <message>
        <source>  %1 removed</source>
        <translation>  %1 removed</translation>
    </message>
    <message>
        <source>  %1 changed</source>
        <translation>  %1 changed</translation>
    </message>
    <message>
        <source>history takes one record id at most</source>
        <translation>history takes one record id at most</translation>
    </message>
    <message>
        <source>No change is recorded in %1 since its dataset was imported.</source>
        <translation>No change is recorded in %1 since its dataset was imported.</translation>
    </message>
    <message>
        <source>No change to %1 is recorded in %2.</source>
        <translation>No change to %1 is recorded in %2.</translation>
    </message>
    <message>
        <source>Claims you starred as key in the window.</source>
        <translation>Claims you starred as key in the window.</translation>
    </message>
    <message>
        <source>Claims you tagged TAG in the window (case-insensitive; repeatable: any of them).</source>
        <translation>Claims you tagged TAG in the window (case-insensitive; repeatable: any of them).</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>--tag &apos;%1&apos;: %2</source>
        <translation>--tag &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Also write your markup (stars, tags, notes) beside the JSON output, in FILE.markup.json; needs -o FILE.</source>
        <translation>Also write your markup (stars, tags, notes) beside the JSON output, in FILE.markup.json; needs -o FILE.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>--with-markup is for --format json written to a file with -o FILE</source>
        <translation>--with-markup is for --format json written to a file with -o FILE</translation>
    </message>
    <message>
        <source>Wrote the markup of %1 claim(s) to %2</source>
        <translation>Wrote the markup of %1 claim(s) to %2</translation>
    </message>
    <message>
        <source>The dataset JSON to import; markup in FILE.markup.json beside it is imported too.</source>
        <translation>The dataset JSON to import; markup in FILE.markup.json beside it is imported too.</translation>
    </message>
    <message>
        <source>Imported the markup of %1 claim(s) from %2</source>
        <translation>Imported the markup of %1 claim(s) from %2</translation>
    </message>
</context>
<context>
    <name>ConflictActions</name>
    <message>
        <source>Edit Refused</source>
        <translation>Edit Refused</translation>
    </message>
    <message>
        <source>Your version was not saved.</source>
        <translation>Your version was not saved.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Record Conflict</source>
        <translation>Record Conflict</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>What the claims disagree on</source>
        <translation>What the claims disagree on</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>The claims in conflict:</source>
        <translation>The claims in conflict:</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;About:</translation>
    </message>
    <message>
        <source>Edit Conflict %1</source>
        <translation>Edit Conflict %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ConflictEditActions</name>
    <message>
        <source>Edit Co&amp;nflict…</source>
        <translation>Edit Co&amp;nflict…</translation>
    </message>
    <message>
        <source>Delete Con&amp;flict…</source>
        <translation>Delete Con&amp;flict…</translation>
    </message>
    <message>
        <source>Select a conflict in the conflicts view first</source>
        <translation>Select a conflict in the conflicts view first</translation>
    </message>
    <message>
        <source>Edit what the selected conflict is about</source>
        <translation>Edit what the selected conflict is about</translation>
    </message>
    <message>
        <source>Delete the selected conflict, keeping its claims</source>
        <translation>Delete the selected conflict, keeping its claims</translation>
    </message>
    <message>
        <source>The conflict was not changed.</source>
        <translation>The conflict was not changed.</translation>
    </message>
    <message>
        <source>Delete Conflict</source>
        <translation>Delete Conflict</translation>
    </message>
    <message>
        <source>Delete conflict %1?</source>
        <translation>Delete conflict %1?</translation>
    </message>
    <message>
        <source>Nothing refers to it. Its claims stay: %1.

Edit ▸ Undo brings it back.</source>
        <translation>Nothing refers to it. Its claims stay: %1.

Edit ▸ Undo brings it back.</translation>
    </message>
    <message>
        <source>The conflict was not deleted.</source>
        <translation>The conflict was not deleted.</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Reported as fact</source>
        <translation>Reported as fact</translation>
    </message>
    <message>
        <source>According to %1</source>
        <translation>According to %1</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>paragraph %1</translation>
    </message>
    <message>
        <source>Point of conflict: %1</source>
        <translation>Point of conflict: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message>
        <source>(hidden by the filter)</source>
        <translation>(hidden by the filter)</translation>
    </message>
    <message>
        <source>Side %1 of %2: %3</source>
        <translation>Side %1 of %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden by the filter</source>
        <translation>hidden by the filter</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Each recorded conflict with its claims side by side</source>
        <translation>Each recorded conflict with its claims side by side</translation>
    </message>
    <message>
        <source>Conflicts side by side</source>
        <translation>Conflicts side by side</translation>
    </message>
    <message>
        <source>Arrow keys move between the sides; the side chosen becomes the current claim; Enter on a conflict selects its claims</source>
        <translation>Arrow keys move between the sides; the side chosen becomes the current claim; Enter on a conflict selects its claims</translation>
    </message>
    <message>
        <source>The dataset records no conflict.</source>
        <translation>The dataset records no conflict.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) hidden by the filter: none of their claims is shown.</source>
        <translation>
            <numerusform>%n conflict hidden by the filter: none of their claims is shown.</numerusform>
            <numerusform>%n conflicts hidden by the filter: none of their claims is shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorpusChecker</name>
    <message>
        <source>%1 has SHA-256 %2, the dataset expects %3</source>
        <translation>%1 has SHA-256 %2, the dataset expects %3</translation>
    </message>
</context>
<context>
    <name>CorpusFolder</name>
    <message>
        <source>&apos;%1&apos; is not a plain file name</source>
        <translation>&apos;%1&apos; is not a plain file name</translation>
    </message>
    <message>
        <source>the corpus folder %1 does not exist</source>
        <translation>the corpus folder %1 does not exist</translation>
    </message>
    <message>
        <source>%1 is missing from the corpus folder %2</source>
        <translation>%1 is missing from the corpus folder %2</translation>
    </message>
    <message>
        <source>%1 leads outside the corpus folder (to %2); it was not read</source>
        <translation>%1 leads outside the corpus folder (to %2); it was not read</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 is not a regular file</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; not an article</source>
        <translation>%1 is larger than %2 MB; not an article</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 is not UTF-8 text</translation>
    </message>
</context>
<context>
    <name>CullActions</name>
    <message>
        <source>New Claim from &amp;Selection…</source>
        <translation>New Claim from &amp;Selection…</translation>
    </message>
    <message>
        <source>Add Citation to Selected C&amp;laim</source>
        <translation>Add Citation to Selected C&amp;laim</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Open an article of the dossier&apos;s sources first</source>
        <translation>Open an article of the dossier&apos;s sources first</translation>
    </message>
    <message>
        <source>The article&apos;s file is not the one its source was recorded from</source>
        <translation>The article&apos;s file is not the one its source was recorded from</translation>
    </message>
    <message>
        <source>Select a passage in the article first</source>
        <translation>Select a passage in the article first</translation>
    </message>
    <message>
        <source>Create a claim citing the selected passage</source>
        <translation>Create a claim citing the selected passage</translation>
    </message>
    <message>
        <source>Add the selected passage to the current claim&apos;s citations</source>
        <translation>Add the selected passage to the current claim&apos;s citations</translation>
    </message>
    <message>
        <source>Select a claim first</source>
        <translation>Select a claim first</translation>
    </message>
    <message>
        <source>No claim was created from the selection.</source>
        <translation>No claim was created from the selection.</translation>
    </message>
    <message>
        <source>The claim was not created.</source>
        <translation>The claim was not created.</translation>
    </message>
    <message>
        <source>No citation was added.</source>
        <translation>No citation was added.</translation>
    </message>
    <message>
        <source>Claim %1 already cites this passage.</source>
        <translation>Claim %1 already cites this passage.</translation>
    </message>
    <message>
        <source>Cull from Article</source>
        <translation>Cull from Article</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>The filtered claims by date, one lane per actor; the table below lists the same claims</source>
        <translation>The filtered claims by date, one lane per actor; the table below lists the same claims</translation>
    </message>
    <message>
        <source>Timeline of claims</source>
        <translation>Timeline of claims</translation>
    </message>
    <message>
        <source>Wheel or F and Ctrl+0 zoom the dates; each claim is a list item</source>
        <translation>Wheel or F and Ctrl+0 zoom the dates; each claim is a list item</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
</context>
<context>
    <name>DatasetExportAction</name>
    <message>
        <source>Export Data&amp;set…</source>
        <translation>Export Data&amp;set…</translation>
    </message>
    <message>
        <source>Save the whole dossier as a dataset file that can be checked and imported again</source>
        <translation>Save the whole dossier as a dataset file that can be checked and imported again</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Export Dataset</source>
        <translation>Export Dataset</translation>
    </message>
    <message>
        <source>Dossier datasets (*.json)</source>
        <translation>Dossier datasets (*.json)</translation>
    </message>
    <message>
        <source>The dataset was not exported.</source>
        <translation>The dataset was not exported.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Include my &amp;markup (stars, tags, notes)</source>
        <translation>Include my &amp;markup (stars, tags, notes)</translation>
    </message>
    <message>
        <source>Export Dataset also writes your stars, tags and notes, to a .markup.json file beside the dataset</source>
        <translation>Export Dataset also writes your stars, tags and notes, to a .markup.json file beside the dataset</translation>
    </message>
</context>
<context>
    <name>DatasetImport</name>
    <message>
        <source>%1 already exists; Dossier never replaces a database.</source>
        <translation>%1 already exists; Dossier never replaces a database.</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>cannot create %1: %2</translation>
    </message>
</context>
<context>
    <name>DatasetJsonReader</name>
    <message>
        <source>invalid UTF-8 (byte 0x%1 at offset %2); the dataset must be UTF-8</source>
        <translation>invalid UTF-8 (byte 0x%1 at offset %2); the dataset must be UTF-8</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>malformed JSON: %1</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>the top level must be a JSON object</translation>
    </message>
    <message>
        <source>must be &quot;dossier-dataset&quot;</source>
        <translation>must be &quot;dossier-dataset&quot;</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>is a folder, not a dataset file</source>
        <translation>is a folder, not a dataset file</translation>
    </message>
    <message>
        <source>is %1 MB, larger than the %2 MB this program reads</source>
        <translation>is %1 MB, larger than the %2 MB this program reads</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>must be an array</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>must be an object {&quot;actor&quot;, &quot;role&quot;} or an actor id</source>
        <translation>must be an object {&quot;actor&quot;, &quot;role&quot;} or an actor id</translation>
    </message>
    <message>
        <source>invalid escape %1 (a string may hold \&quot; \\ \/ \b \f \n \r \t \uXXXX)</source>
        <translation>invalid escape %1 (a string may hold \&quot; \\ \/ \b \f \n \r \t \uXXXX)</translation>
    </message>
    <message>
        <source>%1 is half a UTF-16 surrogate pair, without the other</source>
        <translation>%1 is half a UTF-16 surrogate pair, without the other</translation>
    </message>
    <message>
        <source>key %1 is repeated in its object</source>
        <translation>key %1 is repeated in its object</translation>
    </message>
    <message>
        <source>is larger than the %1 MB this program reads</source>
        <translation>is larger than the %1 MB this program reads</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000000000</source>
        <translation>must be a whole number from 1 to 1000000000</translation>
    </message>
    <message>
        <source>unexpected text (a comma, colon, quote, brace or bracket is missing or out of place)</source>
        <translation>unexpected text (a comma, colon, quote, brace or bracket is missing or out of place)</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>invalid number</translation>
    </message>
    <message>
        <source>invalid value (only true, false and null go without quotes)</source>
        <translation>invalid value (only true, false and null go without quotes)</translation>
    </message>
    <message>
        <source>text after the end of the JSON value</source>
        <translation>text after the end of the JSON value</translation>
    </message>
    <message>
        <source>the text ends before the JSON value does (something is not closed)</source>
        <translation>the text ends before the JSON value does (something is not closed)</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>unterminated string</translation>
    </message>
    <message>
        <source>control character in a string (write it as an escape such as \n or \u0001)</source>
        <translation>control character in a string (write it as an escape such as \n or \u0001)</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>nested more than %1 levels deep</translation>
    </message>
    <message>
        <source>the text holds no JSON value</source>
        <translation>the text holds no JSON value</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>not enough memory</translation>
    </message>
    <message>
        <source>this program reads versions %1 to %2</source>
        <translation>this program reads versions %1 to %2</translation>
    </message>
    <message>
        <source>must be a whole number (%1)</source>
        <translation>must be a whole number (%1)</translation>
    </message>
    <message>
        <source>version %1 is not supported (%2)</source>
        <translation>version %1 is not supported (%2)</translation>
    </message>
    <message>
        <source>must be &quot;reported&quot; or &quot;text&quot;</source>
        <translation>must be &quot;reported&quot; or &quot;text&quot;</translation>
    </message>
</context>
<context>
    <name>DatasetLoader</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>The bundled dataset changed; %1 was updated to version %2.</source>
        <translation>The bundled dataset changed; %1 was updated to version %2.</translation>
    </message>
    <message>
        <source>%1 is read-only and holds no dataset</source>
        <translation>%1 is read-only and holds no dataset</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds a dataset that is no longer valid (was it changed outside Dossier?): %2; %n problem(s) in all</source>
        <translation>
            <numerusform>%1 holds a dataset that is no longer valid (was it changed outside Dossier?): %2; %n problem in all</numerusform>
            <numerusform>%1 holds a dataset that is no longer valid (was it changed outside Dossier?): %2; %n problems in all</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no dataset yet (import one with &apos;dossier import --database %1 FILE.json&apos;)</source>
        <translation>%1 holds no dataset yet (import one with &apos;dossier import --database %1 FILE.json&apos;)</translation>
    </message>
</context>
<context>
    <name>DatasetStore</name>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 is a folder, not a database file</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>%1 was written by a newer Dossier (schema %2; this program knows %3)</source>
        <translation>%1 was written by a newer Dossier (schema %2; this program knows %3)</translation>
    </message>
    <message>
        <source>%1 is read-only and uses an older schema (%2) that needs upgrading</source>
        <translation>%1 is read-only and uses an older schema (%2) that needs upgrading</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Dossier database (SQLite says: %2)</source>
        <translation>%1 is not a Dossier database (SQLite says: %2)</translation>
    </message>
    <message>
        <source>cannot read the database %1: %2</source>
        <translation>cannot read the database %1: %2</translation>
    </message>
    <message>
        <source>cannot write to the database %1: %2</source>
        <translation>cannot write to the database %1: %2</translation>
    </message>
    <message>
        <source>the schema script %1 is missing from this build</source>
        <translation>the schema script %1 is missing from this build</translation>
    </message>
    <message>
        <source>schema script %1 failed: %2</source>
        <translation>schema script %1 failed: %2</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1</source>
        <translation>cannot read the schema version of %1</translation>
    </message>
    <message>
        <source>cannot upgrade %1: %2</source>
        <translation>cannot upgrade %1: %2</translation>
    </message>
    <message>
        <source>cannot upgrade %1 to schema %2: %3</source>
        <translation>cannot upgrade %1 to schema %2: %3</translation>
    </message>
    <message>
        <source>%1 is read-only: the import was refused and nothing was changed</source>
        <translation>%1 is read-only: the import was refused and nothing was changed</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>cannot write to %1: %2</translation>
    </message>
    <message>
        <source>import into %1 failed, nothing was changed: %2</source>
        <translation>import into %1 failed, nothing was changed: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <source>%1 is not a Dossier database: it holds another program&apos;s tables</source>
        <translation>%1 is not a Dossier database: it holds another program&apos;s tables</translation>
    </message>
    <message>
        <source>%1 is busy: another program kept writing to it for 5 seconds; nothing was changed, try again</source>
        <translation>%1 is busy: another program kept writing to it for 5 seconds; nothing was changed, try again</translation>
    </message>
    <message>
        <source>%1 %2; a database is a regular file</source>
        <translation>%1 %2; a database is a regular file</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Dossier database; it was left untouched</source>
        <translation>%1 is an empty file, not a Dossier database; it was left untouched</translation>
    </message>
    <message>
        <source>cannot read the database %1</source>
        <translation>cannot read the database %1</translation>
    </message>
    <message>
        <source>cannot read %1: it kept changing while it was read</source>
        <translation>cannot read %1: it kept changing while it was read</translation>
    </message>
    <message>
        <source>%1 is read-only: the change was not saved</source>
        <translation>%1 is read-only: the change was not saved</translation>
    </message>
    <message>
        <source>%1 holds no dataset to change</source>
        <translation>%1 holds no dataset to change</translation>
    </message>
    <message>
        <source>%1 is busy: another program kept writing to it for 5 seconds; the change was not saved, try again</source>
        <translation>%1 is busy: another program kept writing to it for 5 seconds; the change was not saved, try again</translation>
    </message>
    <message>
        <source>the change could not be saved to %1, nothing was changed: %2</source>
        <translation>the change could not be saved to %1, nothing was changed: %2</translation>
    </message>
    <message>
        <source>cannot read the history of %1: %2</source>
        <translation>cannot read the history of %1: %2</translation>
    </message>
    <message>
        <source>%1 was opened read-only: it is shown as it is, and cannot be edited.</source>
        <translation>%1 was opened read-only: it is shown as it is, and cannot be edited.</translation>
    </message>
    <message>
        <source>The database cannot be written (%1): it is shown as it is, and cannot be edited.</source>
        <translation>The database cannot be written (%1): it is shown as it is, and cannot be edited.</translation>
    </message>
    <message>
        <source>This is the bundled dataset, kept as shipped: File ▸ Save Copy As… makes a copy you can edit.</source>
        <translation>This is the bundled dataset, kept as shipped: File ▸ Save Copy As… makes a copy you can edit.</translation>
    </message>
    <message>
        <source>The dossier file is not open.</source>
        <translation>The dossier file is not open.</translation>
    </message>
    <message>
        <source>cannot read the markup of %1: %2</source>
        <translation>cannot read the markup of %1: %2</translation>
    </message>
    <message>
        <source>the markup could not be saved to %1: %2</source>
        <translation>the markup could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>the markup could not be saved to %1, nothing was changed: %2</source>
        <translation>the markup could not be saved to %1, nothing was changed: %2</translation>
    </message>
</context>
<context>
    <name>DatasetValidator</name>
    <message>
        <source>&apos;%1&apos; is not a valid id (lowercase letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; at most 64)</source>
        <translation>&apos;%1&apos; is not a valid id (lowercase letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; at most 64)</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos;</source>
        <translation>duplicate id &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a plain file name inside the corpus folder</source>
        <translation>&apos;%1&apos; must be a plain file name inside the corpus folder</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal digits</source>
        <translation>must be 64 lowercase hexadecimal digits</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (one of: %2)</source>
        <translation>unknown kind &apos;%1&apos; (one of: %2)</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos;</source>
        <translation>unknown source &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>must be 1 or more</translation>
    </message>
    <message>
        <source>unknown actor &apos;%1&apos;</source>
        <translation>unknown actor &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown claim &apos;%1&apos;</source>
        <translation>unknown claim &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a claim cannot answer itself</source>
        <translation>a claim cannot answer itself</translation>
    </message>
    <message>
        <source>a claim needs at least one citation</source>
        <translation>a claim needs at least one citation</translation>
    </message>
    <message>
        <source>a conflict links two different claims or more</source>
        <translation>a conflict links two different claims or more</translation>
    </message>
    <message>
        <source>&apos;%1&apos; also names actor &apos;%2&apos;: it must find one actor</source>
        <translation>&apos;%1&apos; also names actor &apos;%2&apos;: it must find one actor</translation>
    </message>
    <message>
        <source>is %1 bytes long in UTF-8; a file name holds at most %2</source>
        <translation>is %1 bytes long in UTF-8; a file name holds at most %2</translation>
    </message>
    <message>
        <source>is %1 characters long; this field holds at most %2</source>
        <translation>is %1 characters long; this field holds at most %2</translation>
    </message>
    <message>
        <source>shows nothing: it holds only spaces, invisible characters or marks without a letter</source>
        <translation>shows nothing: it holds only spaces, invisible characters or marks without a letter</translation>
    </message>
    <message>
        <source>holds %1 items; this list holds at most %2</source>
        <translation>holds %1 items; this list holds at most %2</translation>
    </message>
    <message>
        <source>must be %1 or less</source>
        <translation>must be %1 or less</translation>
    </message>
    <message>
        <source>names the corpus file &apos;%1&apos;; readers know a source by its label</source>
        <translation>names the corpus file &apos;%1&apos;; readers know a source by its label</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is also the label of source &apos;%2&apos;; a label tells its source apart</source>
        <translation>&apos;%1&apos; is also the label of source &apos;%2&apos;; a label tells its source apart</translation>
    </message>
    <message>
        <source>a claim dated by its report carries the publication date of a source it cites</source>
        <translation>a claim dated by its report carries the publication date of a source it cites</translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message>
        <source>&amp;New Dossier…</source>
        <translation>&amp;New Dossier…</translation>
    </message>
    <message>
        <source>Add &amp;Article…</source>
        <translation>Add &amp;Article…</translation>
    </message>
    <message>
        <source>Create an empty dossier, with a folder for its articles, and open it for editing</source>
        <translation>Create an empty dossier, with a folder for its articles, and open it for editing</translation>
    </message>
    <message>
        <source>Add a text file or a saved web page to the corpus folder, with its source</source>
        <translation>Add a text file or a saved web page to the corpus folder, with its source</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>The folder %1 cannot be written to.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 cannot be replaced.</translation>
    </message>
    <message>
        <source>The corpus folder %1 cannot be created.</source>
        <translation>The corpus folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>New Dossier</source>
        <translation>New Dossier</translation>
    </message>
    <message>
        <source>Dossier databases (*.sqlite)</source>
        <translation>Dossier databases (*.sqlite)</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>The dossier was not created.</source>
        <translation>The dossier was not created.</translation>
    </message>
    <message>
        <source>Add Article</source>
        <translation>Add Article</translation>
    </message>
    <message>
        <source>No article can be added to this dossier.</source>
        <translation>No article can be added to this dossier.</translation>
    </message>
    <message>
        <source>The article was not added.</source>
        <translation>The article was not added.</translation>
    </message>
    <message>
        <source>This dossier has no corpus folder to keep the article in.</source>
        <translation>This dossier has no corpus folder to keep the article in.</translation>
    </message>
    <message>
        <source>Choose the folder that holds its articles, or an empty one.</source>
        <translation>Choose the folder that holds its articles, or an empty one.</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>Choose Folder…</translation>
    </message>
    <message>
        <source>Choose Corpus Folder</source>
        <translation>Choose Corpus Folder</translation>
    </message>
</context>
<context>
    <name>DossierSession</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached; reconnecting…</source>
        <translation>The server %1 cannot be reached; reconnecting…</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since it was read; nothing was saved. Their version is shown now.</source>
        <translation>%1 was changed by someone else since it was read; nothing was saved. Their version is shown now.</translation>
    </message>
    <message>
        <source>The connection was lost while saving “%1”; whether it was saved will be said once the server is back.</source>
        <translation>The connection was lost while saving “%1”; whether it was saved will be said once the server is back.</translation>
    </message>
</context>
<context>
    <name>DossierStore</name>
    <message>
        <source>This dossier keeps no markup.</source>
        <translation>This dossier keeps no markup.</translation>
    </message>
</context>
<context>
    <name>DropImporter</name>
    <message>
        <source>Import Dataset</source>
        <translation>Import Dataset</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: it has %n problem(s).</source>
        <translation>
            <numerusform>%1 cannot be imported: it has %n problem.</numerusform>
            <numerusform>%1 cannot be imported: it has %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Dataset into a New Database</source>
        <translation>Import Dataset into a New Database</translation>
    </message>
    <message>
        <source>Dossier databases (*.sqlite)</source>
        <translation>Dossier databases (*.sqlite)</translation>
    </message>
    <message>
        <source>The dataset was not imported:
%1</source>
        <translation>The dataset was not imported:
%1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Importing into %1…</source>
        <translation>Importing into %1…</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Edit Claim…</source>
        <translation>&amp;Edit Claim…</translation>
    </message>
    <message>
        <source>&amp;Delete Claim…</source>
        <translation>&amp;Delete Claim…</translation>
    </message>
    <message>
        <source>Select a claim first</source>
        <translation>Select a claim first</translation>
    </message>
    <message>
        <source>Edit the current claim&apos;s date, statement, kind and actors</source>
        <translation>Edit the current claim&apos;s date, statement, kind and actors</translation>
    </message>
    <message>
        <source>Delete the current claim</source>
        <translation>Delete the current claim</translation>
    </message>
    <message>
        <source>The claim was not changed.</source>
        <translation>The claim was not changed.</translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation>Delete Claim</translation>
    </message>
    <message>
        <source>Delete claim %1?</source>
        <translation>Delete claim %1?</translation>
    </message>
    <message>
        <source>Nothing refers to it. Edit ▸ Undo brings it back.</source>
        <translation>Nothing refers to it. Edit ▸ Undo brings it back.</translation>
    </message>
    <message>
        <source>What refers to it changes too:
%1

Edit ▸ Undo brings all of it back.</source>
        <translation>What refers to it changes too:
%1

Edit ▸ Undo brings all of it back.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>The claim was not deleted.</source>
        <translation>The claim was not deleted.</translation>
    </message>
    <message>
        <source>Save Cop&amp;y As…</source>
        <translation>Save Cop&amp;y As…</translation>
    </message>
    <message>
        <source>Save the dossier as it stands into a new database, and open it for editing</source>
        <translation>Save the dossier as it stands into a new database, and open it for editing</translation>
    </message>
    <message>
        <source>Save Copy As</source>
        <translation>Save Copy As</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Dossier databases (*.sqlite)</source>
        <translation>Dossier databases (*.sqlite)</translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation>The copy was not saved.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 cannot be replaced.</translation>
    </message>
</context>
<context>
    <name>EditRefusal</name>
    <message>
        <source>Edit Refused</source>
        <translation>Edit Refused</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>does not exist</source>
        <translation>does not exist</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>is a folder, not a file</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>is not a regular file</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a regular file</source>
        <translation>is a named pipe (FIFO), not a regular file</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>is a socket, not a regular file</translation>
    </message>
    <message>
        <source>is a device, not a regular file</source>
        <translation>is a device, not a regular file</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search statements and quotes (Ctrl+F)</source>
        <translation>Search statements and quotes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>Clear Filter</translation>
    </message>
    <message>
        <source>Show every claim (Ctrl+Shift+X)</source>
        <translation>Show every claim (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>Actors:</translation>
    </message>
    <message>
        <source>Years:</source>
        <translation>Years:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Add an actor…</source>
        <translation>Add an actor…</translation>
    </message>
    <message>
        <source>Type part of a name or alias; Enter adds the actor to the filter</source>
        <translation>Type part of a name or alias; Enter adds the actor to the filter</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>First year shown (claims that overlap it count)</source>
        <translation>First year shown (claims that overlap it count)</translation>
    </message>
    <message>
        <source>Last year shown</source>
        <translation>Last year shown</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>All sources</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
    <message>
        <source>Remove this actor from the filter</source>
        <translation>Remove this actor from the filter</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Narrows every view to the claims that match</source>
        <translation>Narrows every view to the claims that match</translation>
    </message>
    <message>
        <source>Add an actor</source>
        <translation>Add an actor</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>From year</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>To year</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Every word must occur in the statement or a quote; case and accents are ignored</source>
        <translation>Every word must occur in the statement or a quote; case and accents are ignored</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Clear the filter</translation>
    </message>
    <message>
        <source>Remove %1 from the filter</source>
        <translation>Remove %1 from the filter</translation>
    </message>
    <message>
        <source>Active filter: the claims shown and what narrows them</source>
        <translation>Active filter: the claims shown and what narrows them</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation>Kinds:</translation>
    </message>
    <message>
        <source>In conflict:</source>
        <translation>In conflict:</translation>
    </message>
    <message>
        <source>Sourcing:</source>
        <translation>Sourcing:</translation>
    </message>
    <message>
        <source>Claimed by:</source>
        <translation>Claimed by:</translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kinds</source>
        <translation>
            <numerusform>%n kind</numerusform>
            <numerusform>%n kinds</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>single</source>
        <translation>single</translation>
    </message>
    <message>
        <source>several</source>
        <translation>several</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>anyone</translation>
    </message>
    <message numerus="yes">
        <source>%n claimants</source>
        <translation>
            <numerusform>%n claimant</numerusform>
            <numerusform>%n claimants</numerusform>
        </translation>
    </message>
    <message>
        <source>reported as fact</source>
        <translation>reported as fact</translation>
    </message>
    <message>
        <source>Only the claims cited from these articles</source>
        <translation>Only the claims cited from these articles</translation>
    </message>
    <message>
        <source>Only the claims of these kinds</source>
        <translation>Only the claims of these kinds</translation>
    </message>
    <message>
        <source>Claims in a recorded conflict with another, or in none</source>
        <translation>Claims in a recorded conflict with another, or in none</translation>
    </message>
    <message>
        <source>Claims resting on a single source, or on several</source>
        <translation>Claims resting on a single source, or on several</translation>
    </message>
    <message>
        <source>Only the claims these actors make, or that the articles report as fact</source>
        <translation>Only the claims these actors make, or that the articles report as fact</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Key claims only</source>
        <translation>Key claims only</translation>
    </message>
    <message numerus="yes">
        <source>%n tags</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the claims you starred as key (Edit ▸ Mark as Key Claim)</source>
        <translation>Only the claims you starred as key (Edit ▸ Mark as Key Claim)</translation>
    </message>
    <message>
        <source>Only the claims with any of these tags of yours</source>
        <translation>Only the claims with any of these tags of yours</translation>
    </message>
</context>
<context>
    <name>FilterState</name>
    <message>
        <source>%1 · %2 of %3 claims</source>
        <translation>%1 · %2 of %3 claims</translation>
    </message>
</context>
<context>
    <name>FollowNotices</name>
    <message>
        <source>Connection Back</source>
        <translation>Connection Back</translation>
    </message>
    <message>
        <source>“%1” was saved before the connection was lost.</source>
        <translation>“%1” was saved before the connection was lost.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the connection was lost before it was.</source>
        <translation>“%1” was not saved: the connection was lost before it was.</translation>
    </message>
    <message>
        <source>Dossier Out of Step</source>
        <translation>Dossier Out of Step</translation>
    </message>
    <message>
        <source>A change made elsewhere could not be shown here. Open the dossier again to see it as it is stored.</source>
        <translation>A change made elsewhere could not be shown here. Open the dossier again to see it as it is stored.</translation>
    </message>
</context>
<context>
    <name>HiddenClaimBar</name>
    <message>
        <source>Show It</source>
        <translation>Show It</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>Clear Filter</translation>
    </message>
    <message>
        <source>Widen the filter just enough to show this claim</source>
        <translation>Widen the filter just enough to show this claim</translation>
    </message>
    <message>
        <source>Show every claim</source>
        <translation>Show every claim</translation>
    </message>
    <message>
        <source>Keep the filter and leave this claim (Escape)</source>
        <translation>Keep the filter and leave this claim (Escape)</translation>
    </message>
    <message>
        <source>Hidden claim</source>
        <translation>Hidden claim</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Clear the filter</translation>
    </message>
    <message>
        <source>Keep the filter</source>
        <translation>Keep the filter</translation>
    </message>
    <message>
        <source>%1 is hidden by the current filter: the timeline and the table do not show it.</source>
        <translation>%1 is hidden by the current filter: the timeline and the table do not show it.</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>The selected claim&apos;s fields and the history of its changes</source>
        <translation>The selected claim&apos;s fields and the history of its changes</translation>
    </message>
    <message>
        <source>Show &amp;Inspector</source>
        <translation>Show &amp;Inspector</translation>
    </message>
    <message>
        <source>Ctrl+Alt+3</source>
        <translation>Ctrl+Alt+3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>%1 — Dossier</source>
        <translation>%1 — Dossier</translation>
    </message>
    <message>
        <source>The database is read-only: nothing will be saved to it.</source>
        <translation>The database is read-only: nothing will be saved to it.</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Attach Corpus Folder…</source>
        <translation>&amp;Attach Corpus Folder…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>Export Chart as &amp;PNG…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export Chart as P&amp;DF…</source>
        <translation>Export Chart as P&amp;DF…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>&amp;Clear Filter</source>
        <translation>&amp;Clear Filter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>Select &amp;None</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Dossier</source>
        <translation>&amp;About Dossier</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>%1 of %2 claims · %3 actors · %4 sources</source>
        <translation>%1 of %2 claims · %3 actors · %4 sources</translation>
    </message>
    <message>
        <source>No corpus attached</source>
        <translation>No corpus attached</translation>
    </message>
    <message>
        <source>Corpus: %1</source>
        <translation>Corpus: %1</translation>
    </message>
    <message>
        <source>Attach Corpus Folder</source>
        <translation>Attach Corpus Folder</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Export Chart as PDF</source>
        <translation>Export Chart as PDF</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Export Chart as PNG</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>timeline</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Chart saved to %1</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>The chart could not be written to %1.</translation>
    </message>
    <message>
        <source>About Dossier</source>
        <translation>About Dossier</translation>
    </message>
    <message>
        <source>The dispute&apos;s claims: filter, timeline, table, actors and citations</source>
        <translation>The dispute&apos;s claims: filter, timeline, table, actors and citations</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Counts of the claims shown and the corpus</source>
        <translation>Counts of the claims shown and the corpus</translation>
    </message>
    <message>
        <source>Everyone the claims involve, with their counts</source>
        <translation>Everyone the claims involve, with their counts</translation>
    </message>
    <message>
        <source>The selected claim&apos;s sources and quotes</source>
        <translation>The selected claim&apos;s sources and quotes</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>Go to &amp;Timeline</source>
        <translation>Go to &amp;Timeline</translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <source>Go to Claims &amp;Table</source>
        <translation>Go to Claims &amp;Table</translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <source>Go to &amp;Actors</source>
        <translation>Go to &amp;Actors</translation>
    </message>
    <message>
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <source>Go to C&amp;itations</source>
        <translation>Go to C&amp;itations</translation>
    </message>
    <message>
        <source>Alt+4</source>
        <translation>Alt+4</translation>
    </message>
    <message>
        <source>Ctrl+Alt+1</source>
        <translation>Ctrl+Alt+1</translation>
    </message>
    <message>
        <source>Ctrl+Alt+2</source>
        <translation>Ctrl+Alt+2</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Show %1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>About the &amp;Sources</source>
        <translation>About the &amp;Sources</translation>
    </message>
    <message>
        <source>Corpus attached: %1</source>
        <translation>Corpus attached: %1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>Dossier databases (*.sqlite *.db);;All files (*)</source>
        <translation>Dossier databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>About the Sources</source>
        <translation>About the Sources</translation>
    </message>
    <message>
        <source>&amp;Copy Claims with Quotes</source>
        <translation>&amp;Copy Claims with Quotes</translation>
    </message>
    <message>
        <source>Copy the selected claims with their dates, quotes and sources, as text and as formatted text for a memo</source>
        <translation>Copy the selected claims with their dates, quotes and sources, as text and as formatted text for a memo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Go back to the claim selected before</source>
        <translation>Go back to the claim selected before</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <source>Go forward again to the claim selected after</source>
        <translation>Go forward again to the claim selected after</translation>
    </message>
    <message>
        <source>Counts of the claims shown, actors and sources</source>
        <translation>Counts of the claims shown, actors and sources</translation>
    </message>
    <message>
        <source>The folder of articles the quotes are checked in</source>
        <translation>The folder of articles the quotes are checked in</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n claim(s) to %1</source>
        <translation>
            <numerusform>Exported %n claim to %1</numerusform>
            <numerusform>Exported %n claims to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>The dispute in brief, under the filter</source>
        <translation>The dispute in brief, under the filter</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>Alt+0</source>
        <translation>Alt+0</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Each recorded conflict with its claims side by side</source>
        <translation>Each recorded conflict with its claims side by side</translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation>Co&amp;nflicts</translation>
    </message>
    <message>
        <source>Alt+9</source>
        <translation>Alt+9</translation>
    </message>
    <message>
        <source>View “%1” applied</source>
        <translation>View “%1” applied</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>No database is open: edits could not be saved.</source>
        <translation>No database is open: edits could not be saved.</translation>
    </message>
    <message>
        <source>The database cannot be opened for editing: %1</source>
        <translation>The database cannot be opened for editing: %1</translation>
    </message>
    <message>
        <source>Team dossier: %1</source>
        <translation>Team dossier: %1</translation>
    </message>
    <message>
        <source>The server the dossier is kept and saved on</source>
        <translation>The server the dossier is kept and saved on</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Dossier…</source>
        <translation>Connect to &amp;Team Dossier…</translation>
    </message>
</context>
<context>
    <name>MarkupActions</name>
    <message>
        <source>Mark as &amp;Key Claim</source>
        <translation>Mark as &amp;Key Claim</translation>
    </message>
    <message>
        <source>&amp;Tag Claims…</source>
        <translation>&amp;Tag Claims…</translation>
    </message>
    <message>
        <source>Remove T&amp;ag…</source>
        <translation>Remove T&amp;ag…</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Select a claim first</source>
        <translation>Select a claim first</translation>
    </message>
    <message>
        <source>Star the selected claims as key, or take their star off</source>
        <translation>Star the selected claims as key, or take their star off</translation>
    </message>
    <message>
        <source>Tag the selected claims with one of your issues</source>
        <translation>Tag the selected claims with one of your issues</translation>
    </message>
    <message>
        <source>Take a tag off the selected claims</source>
        <translation>Take a tag off the selected claims</translation>
    </message>
    <message>
        <source>Write a private note on the current claim</source>
        <translation>Write a private note on the current claim</translation>
    </message>
    <message>
        <source>Unstar %1</source>
        <translation>Unstar %1</translation>
    </message>
    <message>
        <source>Star %1 as key</source>
        <translation>Star %1 as key</translation>
    </message>
    <message numerus="yes">
        <source>Unstar %n claims</source>
        <translation>
            <numerusform>Unstar %n claim</numerusform>
            <numerusform>Unstar %n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Star %n claims as key</source>
        <translation>
            <numerusform>Star %n claim as key</numerusform>
            <numerusform>Star %n claims as key</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag %1 with “%2”</source>
        <translation>Tag %1 with “%2”</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n claims with “%1”</source>
        <translation>
            <numerusform>Tag %n claim with “%1”</numerusform>
            <numerusform>Tag %n claims with “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tag “%2” from %1</source>
        <translation>Remove tag “%2” from %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove tag “%1” from %n claims</source>
        <translation>
            <numerusform>Remove tag “%1” from %n claim</numerusform>
            <numerusform>Remove tag “%1” from %n claims</numerusform>
        </translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Note on %1</translation>
    </message>
    <message>
        <source>Tag Claims</source>
        <translation>Tag Claims</translation>
    </message>
    <message>
        <source>Tag the selected claims with:</source>
        <translation>Tag the selected claims with:</translation>
    </message>
    <message>
        <source>The selected claims have no tags.</source>
        <translation>The selected claims have no tags.</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Remove Tag</translation>
    </message>
    <message>
        <source>Take this tag off the selected claims:</source>
        <translation>Take this tag off the selected claims:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Your private note on %1 (never part of the evidence):</source>
        <translation>Your private note on %1 (never part of the evidence):</translation>
    </message>
    <message>
        <source>Markup Refused</source>
        <translation>Markup Refused</translation>
    </message>
    <message>
        <source>The markup was not saved.</source>
        <translation>The markup was not saved.</translation>
    </message>
    <message>
        <source>Ta&amp;g Colours…</source>
        <translation>Ta&amp;g Colours…</translation>
    </message>
    <message>
        <source>No claim is tagged yet</source>
        <translation>No claim is tagged yet</translation>
    </message>
    <message>
        <source>Choose the colour each of your tags is shown in</source>
        <translation>Choose the colour each of your tags is shown in</translation>
    </message>
</context>
<context>
    <name>MarkupJson</name>
    <message>
        <source>%1: unknown field &quot;%2&quot;</source>
        <translation>%1: unknown field &quot;%2&quot;</translation>
    </message>
    <message>
        <source>not JSON at byte %1: %2</source>
        <translation>not JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>the markup must be a JSON object</source>
        <translation>the markup must be a JSON object</translation>
    </message>
    <message>
        <source>markup</source>
        <translation>markup</translation>
    </message>
    <message>
        <source>markup: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>markup: &quot;format&quot; must be &quot;%1&quot;</translation>
    </message>
    <message>
        <source>markup: &quot;version&quot; must be %1</source>
        <translation>markup: &quot;version&quot; must be %1</translation>
    </message>
    <message>
        <source>markup: &quot;claims&quot; must be a list</source>
        <translation>markup: &quot;claims&quot; must be a list</translation>
    </message>
    <message>
        <source>claims[%1]</source>
        <translation>claims[%1]</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: must be an object</translation>
    </message>
    <message>
        <source>%1: &quot;claim&quot; must be a claim id</source>
        <translation>%1: &quot;claim&quot; must be a claim id</translation>
    </message>
    <message>
        <source>%1: claim %2 has markup twice</source>
        <translation>%1: claim %2 has markup twice</translation>
    </message>
    <message>
        <source>%1: &quot;key&quot; must be true or false</source>
        <translation>%1: &quot;key&quot; must be true or false</translation>
    </message>
    <message>
        <source>%1: &quot;note&quot; must be text</source>
        <translation>%1: &quot;note&quot; must be text</translation>
    </message>
    <message>
        <source>%1: &quot;tags&quot; must be a list</source>
        <translation>%1: &quot;tags&quot; must be a list</translation>
    </message>
    <message>
        <source>a tag must be text</source>
        <translation>a tag must be text</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>markup: &quot;tagColours&quot; must be a list</source>
        <translation>markup: &quot;tagColours&quot; must be a list</translation>
    </message>
    <message>
        <source>tagColours[%1]</source>
        <translation>tagColours[%1]</translation>
    </message>
    <message>
        <source>%1: &quot;colour&quot; must be #rrggbb</source>
        <translation>%1: &quot;colour&quot; must be #rrggbb</translation>
    </message>
</context>
<context>
    <name>MarkupSession</name>
    <message>
        <source>No database is open: markup could not be saved.</source>
        <translation>No database is open: markup could not be saved.</translation>
    </message>
</context>
<context>
    <name>MarkupTags</name>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>A tag cannot be empty.</translation>
    </message>
    <message>
        <source>A tag cannot hold control or formatting characters.</source>
        <translation>A tag cannot hold control or formatting characters.</translation>
    </message>
    <message>
        <source>A tag can be at most 100 characters long.</source>
        <translation>A tag can be at most 100 characters long.</translation>
    </message>
</context>
<context>
    <name>OpenStore</name>
    <message>
        <source>%1 holds no dataset yet: import one with &apos;dossier import FILE --database …&apos;</source>
        <translation>%1 holds no dataset yet: import one with &apos;dossier import FILE --database …&apos;</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <translation>
            <numerusform>%1 of %n claim</numerusform>
            <numerusform>%1 of %n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n actor(s)</source>
        <translation>
            <numerusform>%1 of %n actor</numerusform>
            <numerusform>%1 of %n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n source(s)</source>
        <translation>
            <numerusform>%1 of %n source</numerusform>
            <numerusform>%1 of %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n conflict(s)</source>
        <translation>
            <numerusform>%1 of %n conflict</numerusform>
            <numerusform>%1 of %n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>No claim is shown.</source>
        <translation>No claim is shown.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Span: %1</source>
        <translation>Span: %1</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>in the filter</source>
        <translation>in the filter</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the Actors list</source>
        <translation>
            <numerusform>and %n more in the Actors list</numerusform>
            <numerusform>and %n more in the Actors list</numerusform>
        </translation>
    </message>
    <message>
        <source>None among the claims shown.</source>
        <translation>None among the claims shown.</translation>
    </message>
    <message>
        <source>Points of conflict</source>
        <translation>Points of conflict</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s) shown</source>
        <translation>
            <numerusform>%1 of %n claim shown</numerusform>
            <numerusform>%1 of %n claims shown</numerusform>
        </translation>
    </message>
    <message>
        <source>The sources do not disagree about any claim shown.</source>
        <translation>The sources do not disagree about any claim shown.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) resting on a single source</source>
        <translation>
            <numerusform>%n claim resting on a single source</numerusform>
            <numerusform>%n claims resting on a single source</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Show all claims (clear the filter)</source>
        <translation>Show all claims (clear the filter)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the Conflicts view</source>
        <translation>
            <numerusform>and %n more in the Conflicts view</numerusform>
            <numerusform>and %n more in the Conflicts view</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>The dispute in brief, under the filter</source>
        <translation>The dispute in brief, under the filter</translation>
    </message>
    <message>
        <source>Overview of the dispute</source>
        <translation>Overview of the dispute</translation>
    </message>
    <message>
        <source>Title, span, counts, parties, points of conflict and single-source claims; each link filters or selects</source>
        <translation>Title, span, counts, parties, points of conflict and single-source claims; each link filters or selects</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <source>&apos;%1&apos; is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a year before 1000</source>
        <translation>&apos;%1&apos; has a year before 1000</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no such month</source>
        <translation>&apos;%1&apos; has no such month</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an impossible date: that month has no such day</source>
        <translation>&apos;%1&apos; is an impossible date: that month has no such day</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>year known</source>
        <translation>year known</translation>
    </message>
    <message>
        <source>month known</source>
        <translation>month known</translation>
    </message>
    <message>
        <source>day known</source>
        <translation>day known</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY, YYYY-MM or YYYY-MM-DD</translation>
    </message>
    <message>
        <source>A year (2024), a month (2024-03) or a day (2024-03-05): only as much as the source tells</source>
        <translation>A year (2024), a month (2024-03) or a day (2024-03-05): only as much as the source tells</translation>
    </message>
</context>
<context>
    <name>PgConnectionFields</name>
    <message>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
</context>
<context>
    <name>PgStore</name>
    <message>
        <source>a text holds the character U+0000, which PostgreSQL cannot store: &quot;%1&quot;</source>
        <translation>a text holds the character U+0000, which PostgreSQL cannot store: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation>cannot use %1: %2</translation>
    </message>
    <message>
        <source>%1 was prepared by a newer Dossier (schema %2; this program knows %3)</source>
        <translation>%1 was prepared by a newer Dossier (schema %2; this program knows %3)</translation>
    </message>
    <message>
        <source>the schema script %1 is missing from this build</source>
        <translation>the schema script %1 is missing from this build</translation>
    </message>
    <message>
        <source>schema script %1 failed: %2</source>
        <translation>schema script %1 failed: %2</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>no database is open</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>cannot prepare %1: %2</translation>
    </message>
    <message>
        <source>%1 stores text as %2; Dossier needs a UTF8 database (createdb -E UTF8)</source>
        <translation>%1 stores text as %2; Dossier needs a UTF8 database (createdb -E UTF8)</translation>
    </message>
    <message>
        <source>%1 already holds tables of its own (%2); Dossier uses a database of its own: create one (createdb) and give that</source>
        <translation>%1 already holds tables of its own (%2); Dossier uses a database of its own: create one (createdb) and give that</translation>
    </message>
    <message>
        <source>import into %1 failed, nothing was changed: %2</source>
        <translation>import into %1 failed, nothing was changed: %2</translation>
    </message>
    <message>
        <source>%1 is not a Dossier database yet: prepare it with &apos;dossier init&apos; or import a dataset into it</source>
        <translation>%1 is not a Dossier database yet: prepare it with &apos;dossier init&apos; or import a dataset into it</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no dataset yet: import one with &apos;dossier import FILE --database …&apos;</source>
        <translation>%1 holds no dataset yet: import one with &apos;dossier import FILE --database …&apos;</translation>
    </message>
    <message>
        <source>%1 holds no dataset to change</source>
        <translation>%1 holds no dataset to change</translation>
    </message>
    <message>
        <source>cannot read the rights of %1: %2</source>
        <translation>cannot read the rights of %1: %2</translation>
    </message>
    <message>
        <source>The database user %1 may read this team dossier but not change it.</source>
        <translation>The database user %1 may read this team dossier but not change it.</translation>
    </message>
    <message>
        <source>the change could not be saved to %1, nothing was changed: %2</source>
        <translation>the change could not be saved to %1, nothing was changed: %2</translation>
    </message>
    <message>
        <source>cannot read the history of %1: %2</source>
        <translation>cannot read the history of %1: %2</translation>
    </message>
    <message>
        <source>the connection to %1 was lost while saving: %2</source>
        <translation>the connection to %1 was lost while saving: %2</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached; reconnecting…</source>
        <translation>The server %1 cannot be reached; reconnecting…</translation>
    </message>
    <message>
        <source>%1 holds no dataset to mark up</source>
        <translation>%1 holds no dataset to mark up</translation>
    </message>
    <message>
        <source>The database user %1 may read this team dossier but not mark it up.</source>
        <translation>The database user %1 may read this team dossier but not mark it up.</translation>
    </message>
    <message>
        <source>cannot read the markup of %1: %2</source>
        <translation>cannot read the markup of %1: %2</translation>
    </message>
    <message>
        <source>the markup could not be saved to %1, nothing was changed: %2</source>
        <translation>the markup could not be saved to %1, nothing was changed: %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Corpus folder, page size, start-up filter, language and theme</source>
        <translation>Corpus folder, page size, start-up filter, language and theme</translation>
    </message>
    <message>
        <source>No corpus attached</source>
        <translation>No corpus attached</translation>
    </message>
    <message>
        <source>Corpus folder</source>
        <translation>Corpus folder</translation>
    </message>
    <message>
        <source>The folder holding your own copies of the articles&apos; full texts</source>
        <translation>The folder holding your own copies of the articles&apos; full texts</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Browse for the corpus folder</source>
        <translation>Browse for the corpus folder</translation>
    </message>
    <message>
        <source>Choose the corpus folder in a file dialog</source>
        <translation>Choose the corpus folder in a file dialog</translation>
    </message>
    <message>
        <source>From the locale</source>
        <translation>From the locale</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Page size</translation>
    </message>
    <message>
        <source>The paper the report is printed or saved on</source>
        <translation>The paper the report is printed or saved on</translation>
    </message>
    <message>
        <source>Restore the last filter</source>
        <translation>Restore the last filter</translation>
    </message>
    <message>
        <source>Start with all claims</source>
        <translation>Start with all claims</translation>
    </message>
    <message>
        <source>Filter at start-up</source>
        <translation>Filter at start-up</translation>
    </message>
    <message>
        <source>What the dashboard shows when it opens</source>
        <translation>What the dashboard shows when it opens</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language of the interface and the report</source>
        <translation>The language of the interface and the report</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Light or dark colours</source>
        <translation>Light or dark colours</translation>
    </message>
    <message>
        <source>&amp;Corpus folder:</source>
        <translation>&amp;Corpus folder:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Page size:</translation>
    </message>
    <message>
        <source>At &amp;start-up:</source>
        <translation>At &amp;start-up:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language takes effect when Dossier restarts.</source>
        <translation>A new language takes effect when Dossier restarts.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Corpus Folder</source>
        <translation>Corpus Folder</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>%1, field &apos;%2&apos;: </source>
        <translation>%1, field &apos;%2&apos;: </translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: </source>
        <translation>field &apos;%1&apos;: </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>The database could not be opened:
%1

Dossier shows the bundled dataset instead; the file was left untouched.</source>
        <translation>The database could not be opened:
%1

Dossier shows the bundled dataset instead; the file was left untouched.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <source>The database could not be opened:
%1

The file was left untouched.</source>
        <translation>The database could not be opened:
%1

The file was left untouched.</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled; this is the bundled dataset.</source>
        <translation>Opening %1 was cancelled; this is the bundled dataset.</translation>
    </message>
    <message>
        <source>Connect to Team Dossier</source>
        <translation>Connect to Team Dossier</translation>
    </message>
    <message>
        <source>The team dossier could not be opened:
%1</source>
        <translation>The team dossier could not be opened:
%1</translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation>&amp;Edit Connection…</translation>
    </message>
</context>
<context>
    <name>QuoteAnchor</name>
    <message>
        <source>The selection holds no text to quote</source>
        <translation>The selection holds no text to quote</translation>
    </message>
    <message>
        <source>The selection runs from paragraph %1 to paragraph %2; a quote stands within one paragraph</source>
        <translation>The selection runs from paragraph %1 to paragraph %2; a quote stands within one paragraph</translation>
    </message>
    <message>
        <source>The article has no paragraph %1; it has %2</source>
        <translation>The article has no paragraph %1; it has %2</translation>
    </message>
    <message>
        <source>The selection runs past paragraph %1; a quote stands within one paragraph</source>
        <translation>The selection runs past paragraph %1; a quote stands within one paragraph</translation>
    </message>
    <message>
        <source>The passage is %1 characters long; a quote holds at most %2. Select the words that carry the claim.</source>
        <translation>The passage is %1 characters long; a quote holds at most %2. Select the words that carry the claim.</translation>
    </message>
    <message>
        <source>These words occur %1 times in the article, and no words around them within paragraph %2 tell this place apart; select a longer passage</source>
        <translation>These words occur %1 times in the article, and no words around them within paragraph %2 tell this place apart; select a longer passage</translation>
    </message>
</context>
<context>
    <name>QuotePlacement</name>
    <message>
        <source>paragraph %1 does not exist; %2 has %3</source>
        <translation>paragraph %1 does not exist; %2 has %3</translation>
    </message>
    <message>
        <source>the quote is not found verbatim in source %1</source>
        <translation>the quote is not found verbatim in source %1</translation>
    </message>
    <message>
        <source>the quote occurs %1 times in source %2; add a prefix or suffix</source>
        <translation>the quote occurs %1 times in source %2; add a prefix or suffix</translation>
    </message>
    <message>
        <source>the quote stands in paragraph %1, not %2</source>
        <translation>the quote stands in paragraph %1, not %2</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>No recent databases</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Clear the List</translation>
    </message>
</context>
<context>
    <name>RecordDeletion</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>RecordReferences</name>
    <message>
        <source>claim %1 names it as an actor</source>
        <translation>claim %1 names it as an actor</translation>
    </message>
    <message>
        <source>claim %1 names it as claimant</source>
        <translation>claim %1 names it as claimant</translation>
    </message>
    <message numerus="yes">
        <source>claim %1 cites it %n time(s)</source>
        <translation>
            <numerusform>claim %1 cites it %n time</numerusform>
            <numerusform>claim %1 cites it %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>(no chart in this build)</source>
        <translation>(no chart in this build)</translation>
    </message>
    <message>
        <source>Dispute summary</source>
        <translation>Dispute summary</translation>
    </message>
    <message>
        <source>%1 claim</source>
        <translation>%1 claim</translation>
    </message>
    <message>
        <source>%1 claims</source>
        <translation>%1 claims</translation>
    </message>
    <message>
        <source>%1 actor</source>
        <translation>%1 actor</translation>
    </message>
    <message>
        <source>%1 actors</source>
        <translation>%1 actors</translation>
    </message>
    <message>
        <source>%1 source</source>
        <translation>%1 source</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>%1 sources</translation>
    </message>
    <message>
        <source>%1 citation</source>
        <translation>%1 citation</translation>
    </message>
    <message>
        <source>%1 citations</source>
        <translation>%1 citations</translation>
    </message>
    <message>
        <source>%1 conflict</source>
        <translation>%1 conflict</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 conflicts</translation>
    </message>
    <message>
        <source>%1 point</source>
        <translation>%1 point</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>DISPUTE SUMMARY REPORT</source>
        <translation>DISPUTE SUMMARY REPORT</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Generated on:</source>
        <translation>Generated on:</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Dataset:</translation>
    </message>
    <message>
        <source>“%1”, version %2</source>
        <translation>“%1”, version %2</translation>
    </message>
    <message>
        <source>Dataset SHA-256:</source>
        <translation>Dataset SHA-256:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Counts:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>This report covers %1 involving %2, dated %3, as cited from %4. The sources disagree on %5.</source>
        <translation>This report covers %1 involving %2, dated %3, as cited from %4. The sources disagree on %5.</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>Parties:</translation>
    </message>
    <message>
        <source>Span of time:</source>
        <translation>Span of time:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Claims:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <source>Open conflicts:</source>
        <translation>Open conflicts:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronology</translation>
    </message>
    <message>
        <source>Claims in date order; a date shows only what the sources give (year, month or day). Superscript numbers refer to the notes.</source>
        <translation>Claims in date order; a date shows only what the sources give (year, month or day). Superscript numbers refer to the notes.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actors</translation>
    </message>
    <message>
        <source>According to %1</source>
        <translation>According to %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>Cast</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Points of conflict</source>
        <translation>Points of conflict</translation>
    </message>
    <message>
        <source>The sources do not disagree about any claim in this report.</source>
        <translation>The sources do not disagree about any claim in this report.</translation>
    </message>
    <message>
        <source>Also in this conflict, outside the filter: %1.</source>
        <translation>Also in this conflict, outside the filter: %1.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Author not given</source>
        <translation>Author not given</translation>
    </message>
    <message>
        <source>Published %1.</source>
        <translation>Published %1.</translation>
    </message>
    <message>
        <source>File %1 · SHA-256 </source>
        <translation>File %1 · SHA-256 </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>paragraph %1</translation>
    </message>
    <message>
        <source>claim %1</source>
        <translation>claim %1</translation>
    </message>
    <message>
        <source>No claims</source>
        <translation>No claims</translation>
    </message>
    <message>
        <source>No claim in the dataset matches this filter, so this report has nothing to show. Widen the filter (fewer actors, kinds or search words, a longer span of years) and print it again.</source>
        <translation>No claim in the dataset matches this filter, so this report has nothing to show. Widen the filter (fewer actors, kinds or search words, a longer span of years) and print it again.</translation>
    </message>
    <message>
        <source>cannot start painting on the printer or file</source>
        <translation>cannot start painting on the printer or file</translation>
    </message>
    <message>
        <source>the printer or file refused page %1</source>
        <translation>the printer or file refused page %1</translation>
    </message>
    <message>
        <source>the printer or file did not accept the report</source>
        <translation>the printer or file did not accept the report</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2; the file was left as it was</source>
        <translation>cannot write %1: %2; the file was left as it was</translation>
    </message>
    <message>
        <source>Generated %1 · dataset version %2</source>
        <translation>Generated %1 · dataset version %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>cannot write %1: it %2</source>
        <translation>cannot write %1: it %2</translation>
    </message>
    <message>
        <source>Dating: %1</source>
        <translation>Dating: %1</translation>
    </message>
    <message>
        <source>About this source: %1</source>
        <translation>About this source: %1</translation>
    </message>
    <message>
        <source>key claim</source>
        <translation>key claim</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>tags: %1</translation>
    </message>
    <message>
        <source>Marked up: %1</source>
        <translation>Marked up: %1</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Export Report as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Print Report</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the summary report of the claims the filter shows</source>
        <translation>Print the summary report of the claims the filter shows</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>Preview the summary report page by page</source>
        <translation>Preview the summary report page by page</translation>
    </message>
    <message>
        <source>&amp;Export Report as PDF…</source>
        <translation>&amp;Export Report as PDF…</translation>
    </message>
    <message>
        <source>Save the summary report as a PDF file</source>
        <translation>Save the summary report as a PDF file</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Laying out the report…</translation>
    </message>
    <message>
        <source>The report could not be printed: %1</source>
        <translation>The report could not be printed: %1</translation>
    </message>
    <message>
        <source>Dispute summary report</source>
        <translation>Dispute summary report</translation>
    </message>
    <message>
        <source>dispute-report.pdf</source>
        <translation>dispute-report.pdf</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>The report was not saved. %1</source>
        <translation>The report was not saved. %1</translation>
    </message>
</context>
<context>
    <name>SavedViewsMenu</name>
    <message>
        <source>Saved &amp;Views</source>
        <translation>Saved &amp;Views</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>&amp;Save Current View…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Keep the filter, the timeline&apos;s lanes and its dates under a name</source>
        <translation>Keep the filter, the timeline&apos;s lanes and its dates under a name</translation>
    </message>
    <message>
        <source>&amp;Manage Views…</source>
        <translation>&amp;Manage Views…</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Save Current View</source>
        <translation>Save Current View</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name of the view:</translation>
    </message>
    <message>
        <source>A view named “%1” exists. Replace it?</source>
        <translation>A view named “%1” exists. Replace it?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Saved Views</source>
        <translation>Saved Views</translation>
    </message>
    <message>
        <source>&amp;Views:</source>
        <translation>&amp;Views:</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Saved views</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Every menu action and its shortcut</source>
        <translation>Every menu action and its shortcut</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SourceEditActions</name>
    <message>
        <source>Ed&amp;it Source…</source>
        <translation>Ed&amp;it Source…</translation>
    </message>
    <message>
        <source>Dele&amp;te Source…</source>
        <translation>Dele&amp;te Source…</translation>
    </message>
    <message>
        <source>The dossier has no source yet</source>
        <translation>The dossier has no source yet</translation>
    </message>
    <message>
        <source>Edit a source&apos;s label, outlet, title, author, date, language and notes</source>
        <translation>Edit a source&apos;s label, outlet, title, author, date, language and notes</translation>
    </message>
    <message>
        <source>Delete a source no claim cites</source>
        <translation>Delete a source no claim cites</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>Edit Source</translation>
    </message>
    <message>
        <source>The source was not changed.</source>
        <translation>The source was not changed.</translation>
    </message>
    <message>
        <source>Delete Source</source>
        <translation>Delete Source</translation>
    </message>
    <message>
        <source>Delete source %1?</source>
        <translation>Delete source %1?</translation>
    </message>
    <message>
        <source>No claim cites it. Its file stays in the corpus folder. Edit ▸ Undo brings it back.</source>
        <translation>No claim cites it. Its file stays in the corpus folder. Edit ▸ Undo brings it back.</translation>
    </message>
    <message>
        <source>It cannot be deleted while claims cite it:
%1

Remove those citations, or delete those claims, first.</source>
        <translation>It cannot be deleted while claims cite it:
%1

Remove those citations, or delete those claims, first.</translation>
    </message>
    <message>
        <source>The source was not deleted.</source>
        <translation>The source was not deleted.</translation>
    </message>
</context>
<context>
    <name>SourceEditDialog</name>
    <message>
        <source>Edit Source %1</source>
        <translation>Edit Source %1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Fix the problems listed first</source>
        <translation>Fix the problems listed first</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Outlet:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;uthor:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Published:</translation>
    </message>
    <message>
        <source>How the &amp;date is known:</source>
        <translation>How the &amp;date is known:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Corpus &amp;file:</source>
        <translation>Corpus &amp;file:</translation>
    </message>
    <message>
        <source>How readers will know it, e.g. Le Monde, March 2024</source>
        <translation>How readers will know it, e.g. Le Monde, March 2024</translation>
    </message>
    <message>
        <source>Empty when unknown</source>
        <translation>Empty when unknown</translation>
    </message>
    <message>
        <source>Empty when the article states its date; otherwise how it was inferred</source>
        <translation>Empty when the article states its date; otherwise how it was inferred</translation>
    </message>
    <message>
        <source>A language tag: fr, en, de-CH…</source>
        <translation>A language tag: fr, en, de-CH…</translation>
    </message>
    <message>
        <source>What a reader weighing the source should know</source>
        <translation>What a reader weighing the source should know</translation>
    </message>
    <message>
        <source>must not be empty: give the year at least</source>
        <translation>must not be empty: give the year at least</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TagColoursDialog</name>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <source>Tag Colour</source>
        <translation>Tag Colour</translation>
    </message>
    <message>
        <source>Tag Colours</source>
        <translation>Tag Colours</translation>
    </message>
    <message>
        <source>The colour each of your tags is shown in, in the inspector and the filter bar.</source>
        <translation>The colour each of your tags is shown in, in the inspector and the filter bar.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Show the tag in its default colour again</source>
        <translation>Show the tag in its default colour again</translation>
    </message>
    <message>
        <source>Default colour %1</source>
        <translation>Default colour %1</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Colour %1</translation>
    </message>
    <message>
        <source>Change colour of tag “%1”</source>
        <translation>Change colour of tag “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Change colours of %n tags</source>
        <translation>
            <numerusform>Change colour of %n tag</numerusform>
            <numerusform>Change colours of %n tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamConnectDialog</name>
    <message>
        <source>Connect to Team Dossier</source>
        <translation>Connect to Team Dossier</translation>
    </message>
    <message>
        <source>A team dossier lives on a PostgreSQL server. Give a service from your pg_service.conf, or the server, database and user. Empty fields take libpq&apos;s defaults (PGHOST, PGUSER and the like).</source>
        <translation>A team dossier lives on a PostgreSQL server. Give a service from your pg_service.conf, or the server, database and user. Empty fields take libpq&apos;s defaults (PGHOST, PGUSER and the like).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>local socket</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>your login name</translation>
    </message>
    <message>
        <source>the user&apos;s name</source>
        <translation>the user&apos;s name</translation>
    </message>
    <message>
        <source>libpq&apos;s default (prefer)</source>
        <translation>libpq&apos;s default (prefer)</translation>
    </message>
    <message>
        <source>from ~/.pgpass</source>
        <translation>from ~/.pgpass</translation>
    </message>
    <message>
        <source>Used for this connection only; Dossier never saves it. Leave it empty to use ~/.pgpass or PGPASSWORD.</source>
        <translation>Used for this connection only; Dossier never saves it. Leave it empty to use ~/.pgpass or PGPASSWORD.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation>SS&amp;L mode:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connection:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Give a service, a host or a database.</source>
        <translation>Give a service, a host or a database.</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>holds %1, a control character, at character %2</source>
        <translation>holds %1, a control character, at character %2</translation>
    </message>
    <message>
        <source>holds %1, a Unicode noncharacter, at character %2</source>
        <translation>holds %1, a Unicode noncharacter, at character %2</translation>
    </message>
    <message>
        <source>holds %1, half a UTF-16 surrogate pair, at character %2</source>
        <translation>holds %1, half a UTF-16 surrogate pair, at character %2</translation>
    </message>
    <message>
        <source>holds %1 (a tab or line break) at character %2; this field is one line</source>
        <translation>holds %1 (a tab or line break) at character %2; this field is one line</translation>
    </message>
    <message>
        <source>holds the direction control %1 at character %2 without its pair: embeddings, overrides and isolates close within the field</source>
        <translation>holds the direction control %1 at character %2 without its pair: embeddings, overrides and isolates close within the field</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt; — plotted by:</source>
        <translation>&lt;b&gt;Timeline&lt;/b&gt; — plotted by:</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>When it happened</translation>
    </message>
    <message>
        <source>When it was reported</source>
        <translation>When it was reported</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>In conflict</translation>
    </message>
    <message>
        <source>(no actor)</source>
        <translation>(no actor)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · actors: %2</source>
        <translation>%1 · actors: %2</translation>
    </message>
    <message>
        <source>Timeline of claims</source>
        <translation>Timeline of claims</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) plotted by date, one lane per actor</source>
        <translation>
            <numerusform>%n claim plotted by date, one lane per actor</numerusform>
            <numerusform>%n claims plotted by date, one lane per actor</numerusform>
        </translation>
    </message>
    <message>
        <source>Place each claim at the date it happened (Ctrl+1)</source>
        <translation>Place each claim at the date it happened (Ctrl+1)</translation>
    </message>
    <message>
        <source>Place each claim at the date its sources were published (Ctrl+2)</source>
        <translation>Place each claim at the date its sources were published (Ctrl+2)</translation>
    </message>
    <message>
        <source>Timeline lanes</source>
        <translation>Timeline lanes</translation>
    </message>
    <message>
        <source>Scroll through the lanes that do not fit</source>
        <translation>Scroll through the lanes that do not fit</translation>
    </message>
    <message numerus="yes">
        <source>%n more claim(s) here, stacked beyond the rows this lane has room for. Click to select them.</source>
        <translation>
            <numerusform>%n more claim here, stacked beyond the rows this lane has room for. Click to select them.</numerusform>
            <numerusform>%n more claims here, stacked beyond the rows this lane has room for. Click to select them.</numerusform>
        </translation>
    </message>
    <message>
        <source>no claims</source>
        <translation>no claims</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n lane</numerusform>
            <numerusform>%n lanes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 in %4 · plotted by %5</source>
        <translation>%1 · %2 · %3 in %4 · plotted by %5</translation>
    </message>
    <message>
        <source>when it happened</source>
        <translation>when it happened</translation>
    </message>
    <message>
        <source>when it was reported</source>
        <translation>when it was reported</translation>
    </message>
    <message>
        <source>Select this claim everywhere</source>
        <translation>Select this claim everywhere</translation>
    </message>
    <message>
        <source>&amp;Lanes:</source>
        <translation>&amp;Lanes:</translation>
    </message>
    <message>
        <source>By actor</source>
        <translation>By actor</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>By source</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>By kind</translation>
    </message>
    <message>
        <source>One lane</source>
        <translation>One lane</translation>
    </message>
    <message>
        <source>What each lane of the timeline holds</source>
        <translation>What each lane of the timeline holds</translation>
    </message>
    <message>
        <source>Lanes %1–%2 of %3</source>
        <translation>Lanes %1–%2 of %3</translation>
    </message>
    <message>
        <source>The lanes that do not fit are reached with the scroll bar beside the chart, or by dragging it up or down</source>
        <translation>The lanes that do not fit are reached with the scroll bar beside the chart, or by dragging it up or down</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(no source)</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>All claims</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) plotted by date, one lane per source</source>
        <translation>
            <numerusform>%n claim plotted by date, one lane per source</numerusform>
            <numerusform>%n claims plotted by date, one lane per source</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) plotted by date, one lane per kind</source>
        <translation>
            <numerusform>%n claim plotted by date, one lane per kind</numerusform>
            <numerusform>%n claims plotted by date, one lane per kind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) plotted by date in one lane</source>
        <translation>
            <numerusform>%n claim plotted by date in one lane</numerusform>
            <numerusform>%n claims plotted by date in one lane</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Order:</translation>
    </message>
    <message>
        <source>Most claims</source>
        <translation>Most claims</translation>
    </message>
    <message>
        <source>First appearance</source>
        <translation>First appearance</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Which lane comes first: the one with the most claims, the one whose first claim is earliest, or by name</source>
        <translation>Which lane comes first: the one with the most claims, the one whose first claim is earliest, or by name</translation>
    </message>
    <message numerus="yes">
        <source>%n more lane(s) not drawn, the actors with the fewest claims;</source>
        <translation>
            <numerusform>%n more lane not drawn, the actor with the fewest claims;</numerusform>
            <numerusform>%n more lanes not drawn, the actors with the fewest claims;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) are on none of the lanes drawn.</source>
        <translation>
            <numerusform>%n claim is on none of the lanes drawn.</numerusform>
            <numerusform>%n claims are on none of the lanes drawn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims over time</source>
        <translation>Claims over time</translation>
    </message>
    <message>
        <source>Wheel: zoom the dates · Ctrl+wheel: taller or shorter lanes · drag: pan · double-click: reset · F: zoom to the selection · click a marker to select its claim</source>
        <translation>Wheel: zoom the dates · Ctrl+wheel: taller or shorter lanes · drag: pan · double-click: reset · F: zoom to the selection · click a marker to select its claim</translation>
    </message>
</context>
<context>
    <name>TimelineOverview</name>
    <message>
        <source>Timeline overview</source>
        <translation>Timeline overview</translation>
    </message>
    <message>
        <source>The whole period with how many claims fall in each stretch. Drag the frame to move the timeline, drag its edges to zoom, click beside it to go there; double-click to see everything.</source>
        <translation>The whole period with how many claims fall in each stretch. Drag the frame to move the timeline, drag its edges to zoom, click beside it to go there; double-click to see everything.</translation>
    </message>
    <message numerus="yes">
        <source>◀ %n earlier</source>
        <translation>
            <numerusform>◀ %n earlier</numerusform>
            <numerusform>◀ %n earlier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later ▶</source>
        <translation>
            <numerusform>%n later ▶</numerusform>
            <numerusform>%n later ▶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The timeline shows %1 to %2: %3 of %n claim(s), %4 earlier, %5 later.</source>
        <translation>
            <numerusform>The timeline shows %1 to %2: %3 of %n claim, %4 earlier, %5 later.</numerusform>
            <numerusform>The timeline shows %1 to %2: %3 of %n claims, %4 earlier, %5 later.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineStyle</name>
    <message>
        <source>Year/month (span)</source>
        <translation>Year/month (span)</translation>
    </message>
    <message>
        <source>Exact day</source>
        <translation>Exact day</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>In conflict</translation>
    </message>
    <message>
        <source>Single source</source>
        <translation>Single source</translation>
    </message>
    <message>
        <source>Date of report only</source>
        <translation>Date of report only</translation>
    </message>
</context>
<context>
    <name>WriteConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Changed by Someone Else</translation>
    </message>
    <message>
        <source>%1 was removed by someone else since you read it.</source>
        <translation>%1 was removed by someone else since you read it.</translation>
    </message>
    <message>
        <source>Someone else created a record with the id %1 since you read the dossier.</source>
        <translation>Someone else created a record with the id %1 since you read the dossier.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you read it.</source>
        <translation>%1 was changed by someone else since you read it.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Keep Theirs</translation>
    </message>
    <message>
        <source>Drop your change and keep their version</source>
        <translation>Drop your change and keep their version</translation>
    </message>
    <message>
        <source>Apply Mine on Top</source>
        <translation>Apply Mine on Top</translation>
    </message>
    <message>
        <source>Write your version over theirs, as one more edit you can undo</source>
        <translation>Write your version over theirs, as one more edit you can undo</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Open your version in the claim editor first</source>
        <translation>Open your version in the claim editor first</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Both</translation>
    </message>
    <message>
        <source>Nothing of yours was saved; theirs is shown now.</source>
        <translation>Nothing of yours was saved; theirs is shown now.</translation>
    </message>
    <message>
        <source>Their change: %1, by %2 on %3.</source>
        <translation>Their change: %1, by %2 on %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ, in bold: theirs beside yours.</source>
        <translation>
            <numerusform>%n field differs, in bold: theirs beside yours.</numerusform>
            <numerusform>%n fields differ, in bold: theirs beside yours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Fields that differ</translation>
    </message>
    <message>
        <source>Fields the same</source>
        <translation>Fields the same</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) the same</source>
        <translation>
            <numerusform>%n field the same</numerusform>
            <numerusform>%n fields the same</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteConflictFields</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” — %2, paragraph %3</source>
        <translation>“%1” — %2, paragraph %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>reported as fact</source>
        <translation>reported as fact</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>identifier</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removed)</translation>
    </message>
</context>
</TS>
