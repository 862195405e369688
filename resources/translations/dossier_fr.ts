<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutText</name>
    <message>
        <source>none (bundled dataset)</source>
        <translation>aucune (jeu de données intégré)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dossier %1&lt;/h3&gt;&lt;p&gt;An investigative dashboard over a curated, cited dataset.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dataset:&lt;/b&gt; %2, version %3&lt;br&gt;%4 claims · %5 sources · %6 actors&lt;br&gt;&lt;b&gt;Database:&lt;/b&gt; %7&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later. Charts drawn with QCustomPlot (GPL-3.0). Built with Qt %8.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dossier %1&lt;/h3&gt;&lt;p&gt;Un tableau de bord d’enquête sur un jeu de données vérifié et sourcé.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Jeu de données&#xa0;:&lt;/b&gt; %2, version %3&lt;br&gt;%4 affirmations · %5 sources · %6 acteurs&lt;br&gt;&lt;b&gt;Base de données&#xa0;:&lt;/b&gt; %7&lt;/p&gt;&lt;p&gt;Licence&#xa0;: GNU General Public License, version 3 ou ultérieure. Graphiques tracés avec QCustomPlot (GPL-3.0). Construit avec Qt %8.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About the sources&lt;/h3&gt;&lt;p&gt;Every claim rests on one or more press articles. Each citation gives the article, the paragraph and a short verbatim quote.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Short quotes.&lt;/b&gt; A quote is at most %1 characters and is always shown with its attribution: outlet, title and publication date. Quotes stay in the language the article was written in.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Statements are ours.&lt;/b&gt; The statement of a claim is the editors&apos; paraphrase in English, not the article&apos;s words.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Dates keep their precision.&lt;/b&gt; A claim known to the month is never given a day.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Your own corpus.&lt;/b&gt; Dossier does not ship the full texts. Attach your own copies of the articles with &lt;i&gt;File ▸ Attach Corpus Folder…&lt;/i&gt; (or drop the folder on the window) to read each quote in its article.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;À propos des sources&lt;/h3&gt;&lt;p&gt;Chaque affirmation repose sur un ou plusieurs articles de presse. Chaque citation donne l’article, le paragraphe et un court extrait mot pour mot.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Citations courtes.&lt;/b&gt; Une citation compte au plus %1 caractères et s’affiche toujours avec sa provenance&#xa0;: média, titre et date de publication. Les citations restent dans la langue de l’article.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Les énoncés sont les nôtres.&lt;/b&gt; L’énoncé d’une affirmation est une paraphrase en anglais rédigée par l’équipe, pas le texte de l’article.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Les dates gardent leur précision.&lt;/b&gt; Une affirmation connue au mois près ne reçoit jamais de jour.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Votre propre corpus.&lt;/b&gt; Dossier ne fournit pas les textes intégraux. Joignez vos propres copies des articles avec &lt;i&gt;Fichier ▸ Joindre un dossier de corpus…&lt;/i&gt; (ou déposez le dossier sur la fenêtre) pour lire chaque citation dans son article.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>AccessLabel</name>
    <message>
        <source>What this window may change in the dossier</source>
        <translation>Ce que cette fenêtre peut modifier dans le dossier</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Edits, markup, undo and redo are saved at once.</source>
        <translation>Les modifications, le balisage, les annulations et les rétablissements sont enregistrés aussitôt.</translation>
    </message>
    <message>
        <source>Editing, not saved</source>
        <translation>Modification, sans enregistrement</translation>
    </message>
    <message>
        <source>This dossier has no database: edits last until the window closes.</source>
        <translation>Ce dossier n’a pas de base de données&#xa0;: les modifications durent jusqu’à la fermeture de la fenêtre.</translation>
    </message>
    <message>
        <source>Markup only</source>
        <translation>Balisage seulement</translation>
    </message>
    <message>
        <source>Stars, tags and notes are saved; the evidence cannot be changed: %1</source>
        <translation>Les étoiles, étiquettes et notes sont enregistrées&#xa0;; les éléments de preuve ne peuvent pas être modifiés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Lecture seule</translation>
    </message>
</context>
<context>
    <name>ActorActions</name>
    <message>
        <source>&amp;Merge Actors…</source>
        <translation>&amp;Fusionner des acteurs…</translation>
    </message>
    <message>
        <source>Record &amp;Conflict…</source>
        <translation>Enregistrer un &amp;conflit…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Select an actor in the actor list first</source>
        <translation>Sélectionnez d’abord un acteur dans la liste des acteurs</translation>
    </message>
    <message>
        <source>Merge the selected actor into another, keeping every claim that names it</source>
        <translation>Fusionner l’acteur sélectionné dans un autre, en gardant chaque affirmation qui le nomme</translation>
    </message>
    <message>
        <source>Select two claims or more in the table first</source>
        <translation>Sélectionnez d’abord deux affirmations ou plus dans le tableau</translation>
    </message>
    <message>
        <source>Record that the selected claims disagree</source>
        <translation>Enregistrer que les affirmations sélectionnées se contredisent</translation>
    </message>
    <message>
        <source>The actors were not merged.</source>
        <translation>Les acteurs n’ont pas été fusionnés.</translation>
    </message>
    <message>
        <source>The conflict was not recorded.</source>
        <translation>Le conflit n’a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>ActorEditActions</name>
    <message>
        <source>Edit &amp;Actor…</source>
        <translation>Modifier l’&amp;acteur…</translation>
    </message>
    <message>
        <source>Delete Act&amp;or…</source>
        <translation>Supprimer l’act&amp;eur…</translation>
    </message>
    <message>
        <source>Select an actor in the actor list first</source>
        <translation>Sélectionnez d’abord un acteur dans la liste des acteurs</translation>
    </message>
    <message>
        <source>Edit the selected actor&apos;s name, kind, aliases and description</source>
        <translation>Modifier le nom, le type, les autres noms et la description de l’acteur sélectionné</translation>
    </message>
    <message>
        <source>Delete the selected actor</source>
        <translation>Supprimer l’acteur sélectionné</translation>
    </message>
    <message>
        <source>The actor was not changed.</source>
        <translation>L’acteur n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Delete Actor</source>
        <translation>Supprimer l’acteur</translation>
    </message>
    <message>
        <source>Delete actor %1 (%2)?</source>
        <translation>Supprimer l’acteur %1 (%2)&#xa0;?</translation>
    </message>
    <message>
        <source>No claim names it. Edit ▸ Undo brings it back.</source>
        <translation>Aucune affirmation ne le nomme. Édition ▸ Annuler le rétablit.</translation>
    </message>
    <message>
        <source>It cannot be deleted while claims name it:
%1

Merge it into another actor, or take it out of those claims first.</source>
        <translation>Il ne peut pas être supprimé tant que des affirmations le nomment&#xa0;:
%1

Fusionnez-le d’abord avec un autre acteur, ou retirez-le de ces affirmations.</translation>
    </message>
    <message>
        <source>The actor was not deleted.</source>
        <translation>L’acteur n’a pas été supprimé.</translation>
    </message>
</context>
<context>
    <name>ActorEditDialog</name>
    <message>
        <source>Edit Actor %1</source>
        <translation>Modifier l’acteur %1</translation>
    </message>
    <message>
        <source>One name a line</source>
        <translation>Un nom par ligne</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>&amp;Autres noms&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Fix the problems listed first</source>
        <translation>Corrigez d’abord les problèmes signalés</translation>
    </message>
</context>
<context>
    <name>ActorKinds</name>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <source>court</source>
        <translation>tribunal</translation>
    </message>
    <message>
        <source>government</source>
        <translation>gouvernement</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>media</source>
        <translation>média</translation>
    </message>
</context>
<context>
    <name>ActorListView</name>
    <message>
        <source>Check actors to filter by them; double-click one to show only its claims</source>
        <translation>Cochez des acteurs pour filtrer sur eux&#xa0;; double-cliquez sur l’un d’eux pour n’afficher que ses affirmations</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
</context>
<context>
    <name>ActorMerge</name>
    <message>
        <source>There is no actor %1.</source>
        <translation>Il n’y a pas d’acteur %1.</translation>
    </message>
    <message>
        <source>An actor cannot be merged into itself.</source>
        <translation>Un acteur ne peut pas être fusionné dans lui-même.</translation>
    </message>
    <message>
        <source>Choose at least one actor to merge into %1.</source>
        <translation>Choisissez au moins un acteur à fusionner dans %1.</translation>
    </message>
    <message>
        <source>Merge actor %1 into %2</source>
        <translation>Fusionner l’acteur %1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n actors into %1</source>
        <translation>
            <numerusform>Fusionner %n acteur dans %1</numerusform>
            <numerusform>Fusionner %n acteurs dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActorMergeDialog</name>
    <message>
        <source>Merge Actors</source>
        <translation>Fusionner des acteurs</translation>
    </message>
    <message>
        <source>Merge %1 into the actor chosen below. The merged names become its aliases.</source>
        <translation>Fusionner %1 dans l’acteur choisi ci-dessous. Les noms fusionnés deviennent ses alias.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Garder&#xa0;:</translation>
    </message>
    <message>
        <source>There is no other actor to merge into.</source>
        <translation>Il n’y a pas d’autre acteur dans lequel fusionner.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) will name %1 instead. Edit ▸ Undo brings all of it back.</source>
        <translation>
            <numerusform>%n affirmation nommera %1 à la place. Édition ▸ Annuler rétablit le tout.</numerusform>
            <numerusform>%n affirmations nommeront %1 à la place. Édition ▸ Annuler rétablit le tout.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActorRefsEditor</name>
    <message>
        <source>&amp;Add Actor</source>
        <translation>&amp;Ajouter un acteur</translation>
    </message>
    <message>
        <source>Add an actor to the claim</source>
        <translation>Ajouter un acteur à l’affirmation</translation>
    </message>
    <message>
        <source>Actor %1</source>
        <translation>Acteur %1</translation>
    </message>
    <message>
        <source>Role of actor %1</source>
        <translation>Rôle de l’acteur %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove actor %1</source>
        <translation>Retirer l’acteur %1</translation>
    </message>
    <message>
        <source>Kind of the new actor</source>
        <translation>Type du nouvel acteur</translation>
    </message>
    <message>
        <source>Create actor “%1”</source>
        <translation>Créer l’acteur «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ActorRoles</name>
    <message>
        <source>plaintiff</source>
        <translation>demandeur</translation>
    </message>
    <message>
        <source>defendant</source>
        <translation>défendeur</translation>
    </message>
    <message>
        <source>accuser</source>
        <translation>accusateur</translation>
    </message>
    <message>
        <source>accused</source>
        <translation>accusé</translation>
    </message>
    <message>
        <source>investor</source>
        <translation>investisseur</translation>
    </message>
    <message>
        <source>investee</source>
        <translation>bénéficiaire d’investissement</translation>
    </message>
    <message>
        <source>founder</source>
        <translation>fondateur</translation>
    </message>
    <message>
        <source>cofounder</source>
        <translation>cofondateur</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>developer</source>
        <translation>développeur</translation>
    </message>
    <message>
        <source>product</source>
        <translation>produit</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>concurrent</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>court</source>
        <translation>tribunal</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>concerné</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
</context>
<context>
    <name>ActorTableModel</name>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernière</translation>
    </message>
</context>
<context>
    <name>AddArticleDialog</name>
    <message>
        <source>Choose an article file, or drop one here.</source>
        <translation>Choisissez le fichier d’un article, ou déposez-le ici.</translation>
    </message>
    <message>
        <source>This file cannot be added.</source>
        <translation>Ce fichier ne peut pas être ajouté.</translation>
    </message>
    <message>
        <source>Add Article</source>
        <translation>Ajouter un article</translation>
    </message>
    <message>
        <source>Articles (*.txt *.html *.htm *.xhtml);;All files (*)</source>
        <translation>Articles (*.txt *.html *.htm *.xhtml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Article fil&amp;e:</source>
        <translation>Fichi&amp;er de l’article&#xa0;:</translation>
    </message>
    <message>
        <source>Article file</source>
        <translation>Fichier de l’article</translation>
    </message>
    <message>
        <source>A UTF-8 text file or a saved HTML page</source>
        <translation>Un fichier texte en UTF-8 ou une page HTML enregistrée</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Pa&amp;ragraphs, numbered as citations will number them:</source>
        <translation>Paragraphe&amp;s, numérotés comme les citations les numéroteront&#xa0;:</translation>
    </message>
    <message>
        <source>Article paragraphs</source>
        <translation>Paragraphes de l’article</translation>
    </message>
    <message>
        <source>The article as it will be kept in the corpus, one numbered paragraph after another</source>
        <translation>L’article tel qu’il sera gardé dans le corpus, un paragraphe numéroté après l’autre</translation>
    </message>
    <message>
        <source>Add source %1</source>
        <translation>Ajouter la source %1</translation>
    </message>
</context>
<context>
    <name>ArticleIntake</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, more than any saved page of one article; it was not read</source>
        <translation>%1 dépasse %2 Mo, plus qu’aucune page enregistrée d’un seul article&#xa0;; il n’a pas été lu</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, more than any article; it was not read</source>
        <translation>%1 dépasse %2 Mo, plus qu’aucun article&#xa0;; il n’a pas été lu</translation>
    </message>
    <message>
        <source>%1 holds NUL bytes: it is a binary file, not text</source>
        <translation>%1 contient des octets NUL&#xa0;: c’est un fichier binaire, pas du texte</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: byte %2 (line %3, column %4) does not begin a valid character; save it as UTF-8 and add it again</source>
        <translation>%1 n’est pas du texte UTF-8&#xa0;: l’octet %2 (ligne %3, colonne %4) ne commence pas un caractère valide&#xa0;; enregistrez-le en UTF-8 et ajoutez-le de nouveau</translation>
    </message>
    <message>
        <source>The text of %1 is larger than %2 MB, more than any article</source>
        <translation>Le texte de %1 dépasse %2 Mo, plus qu’aucun article</translation>
    </message>
    <message>
        <source>%1 holds no paragraph of text once its scripts, styles and navigation are left out</source>
        <translation>%1 ne contient aucun paragraphe de texte une fois ses scripts, styles et menus de navigation écartés</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no paragraph of text</source>
        <translation>%1 est vide&#xa0;: il ne contient aucun paragraphe de texte</translation>
    </message>
    <message>
        <source>The same text is already in the corpus folder as %1; it was not added again</source>
        <translation>Le même texte est déjà dans le dossier du corpus sous le nom %1&#xa0;; il n’a pas été ajouté une seconde fois</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain file name</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un simple nom de fichier</translation>
    </message>
    <message>
        <source>%1 is already taken in the corpus folder</source>
        <translation>%1 est déjà pris dans le dossier du corpus</translation>
    </message>
    <message>
        <source>There is no article text to write</source>
        <translation>Il n’y a aucun texte d’article à écrire</translation>
    </message>
    <message>
        <source>The corpus folder %1 cannot be created</source>
        <translation>Le dossier du corpus %1 ne peut pas être créé</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
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
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — &lt;i&gt;%3&lt;/i&gt; · file %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — &lt;i&gt;%3&lt;/i&gt; · fichier %4</translation>
    </message>
    <message>
        <source>&amp;Previous Citation</source>
        <translation>Citation &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next Citation</source>
        <translation>Citation &amp;suivante</translation>
    </message>
    <message>
        <source>The full article, its paragraphs numbered as the citations number them, with every passage the dataset cites highlighted</source>
        <translation>L’article entier, ses paragraphes numérotés comme les citations les numérotent, chaque passage cité par le jeu de données surligné</translation>
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
        <translation>Le passage cité précédent (%1)</translation>
    </message>
    <message>
        <source>The cited passage after this one (%1)</source>
        <translation>Le passage cité suivant (%1)</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 · file %4</source>
        <translation>%1 — %2 — %3 · fichier %4</translation>
    </message>
    <message>
        <source>Citation %1 of %2 · paragraph %3</source>
        <translation>Citation %1 sur %2 · paragraphe %3</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) of this article cited</source>
        <translation>
            <numerusform>%n passage de cet article cité</numerusform>
            <numerusform>%n passages de cet article cités</numerusform>
        </translation>
    </message>
    <message>
        <source>No passage of this article is cited</source>
        <translation>Aucun passage de cet article n’est cité</translation>
    </message>
    <message numerus="yes">
        <source>Cited by %n claim(s), paragraph %1:</source>
        <translation>
            <numerusform>Cité par %n affirmation, paragraphe %1&#xa0;:</numerusform>
            <numerusform>Cité par %n affirmations, paragraphe %1&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No corpus folder is attached.</source>
        <translation>Aucun dossier de corpus n’est joint.</translation>
    </message>
    <message>
        <source>The file “%1” differs from the article the dataset was built from (its SHA-256 does not match); the text may not be what was quoted.</source>
        <translation>Le fichier « %1 » diffère de l’article d’origine du jeu de données (son SHA-256 ne correspond pas)&#xa0;; le texte n’est peut-être pas celui qui a été cité.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
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
        <translation>acteur %1</translation>
    </message>
    <message>
        <source>claim %1</source>
        <translation>affirmation %1</translation>
    </message>
    <message>
        <source>conflict %1</source>
        <translation>conflit %1</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>date note</source>
        <translation>note de date</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>énoncé</translation>
    </message>
    <message>
        <source>actors</source>
        <translation>acteurs</translation>
    </message>
    <message>
        <source>claimant</source>
        <translation>auteur de l’affirmation</translation>
    </message>
    <message>
        <source>response</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>citations</source>
        <translation>citations</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>média</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>publication date</source>
        <translation>date de publication</translation>
    </message>
    <message>
        <source>publication note</source>
        <translation>note de publication</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>aliases</source>
        <translation>autres noms</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>affirmations</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>ChangeValidator</name>
    <message>
        <source>an operation holds the record before it, after it or both, of one table</source>
        <translation>une opération porte l’enregistrement d’avant, celui d’après ou les deux, d’une seule table</translation>
    </message>
    <message>
        <source>a record keeps its id: &apos;%1&apos; cannot become &apos;%2&apos;</source>
        <translation>un enregistrement garde son identifiant&#xa0;: «&#xa0;%1&#xa0;» ne peut devenir «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>n’existe plus</translation>
    </message>
    <message>
        <source>no longer holds what the edit expects: it was changed meanwhile</source>
        <translation>ne contient plus ce qu’attend la modification&#xa0;: un autre changement est passé entre-temps</translation>
    </message>
</context>
<context>
    <name>ChartActions</name>
    <message>
        <source>Wrap &amp;Statements</source>
        <translation>&amp;Énoncés sur deux lignes</translation>
    </message>
    <message>
        <source>Plot by When It &amp;Happened</source>
        <translation>Placer selon la date des &amp;faits</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Plot by When It Was &amp;Reported</source>
        <translation>Placer selon la date de &amp;publication</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Zoom to Selection</source>
        <translation>&amp;Zoomer sur la sélection</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Réinitialiser le zoom</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Show &amp;Whole Span</source>
        <translation>Afficher toute la &amp;période</translation>
    </message>
    <message>
        <source>Ctrl+Shift+0</source>
        <translation>Ctrl+Shift+0</translation>
    </message>
    <message>
        <source>&amp;Taller Lanes</source>
        <translation>Couloirs plus &amp;hauts</translation>
    </message>
    <message>
        <source>Ctrl+]</source>
        <translation>Ctrl+]</translation>
    </message>
    <message>
        <source>S&amp;horter Lanes</source>
        <translation>Couloirs plus &amp;bas</translation>
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
        <translation>Afficher l’énoncé de chaque affirmation sur deux lignes dans le tableau</translation>
    </message>
</context>
<context>
    <name>CitationLocator</name>
    <message>
        <source>The dataset names an unknown source “%1”.</source>
        <translation>Le jeu de données cite une source inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No corpus folder is attached. Use File ▸ Attach Corpus Folder… to choose the folder that holds the articles.</source>
        <translation>Aucun dossier de corpus n’est joint. Utilisez Fichier ▸ Joindre un dossier de corpus… pour choisir le dossier qui contient les articles.</translation>
    </message>
    <message>
        <source>The article file “%1” cannot be read: %2</source>
        <translation>Le fichier d’article «&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file “%1” differs from the article the dataset was built from (its SHA-256 does not match); the text may not be what was quoted.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» diffère de l’article d’origine du jeu de données (son SHA-256 ne correspond pas)&#xa0;; le texte n’est peut-être pas celui qui a été cité.</translation>
    </message>
    <message>
        <source>The quote was not found in “%1”.</source>
        <translation>La citation est introuvable dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The citation does not match “%1”: %2.</source>
        <translation>La citation ne correspond pas à «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>CitationPanel</name>
    <message>
        <source>Show in Article</source>
        <translation>Voir dans l’article</translation>
    </message>
    <message>
        <source>Open the first citation&apos;s article with the quote highlighted</source>
        <translation>Ouvrir l’article de la première citation avec l’extrait surligné</translation>
    </message>
    <message>
        <source>Select a claim on the timeline or in the table to see its sources and quotes.</source>
        <translation>Sélectionnez une affirmation sur la frise ou dans le tableau pour voir ses sources et ses citations.</translation>
    </message>
    <message>
        <source>%1 · %2 · claim %3</source>
        <translation>%1 · %2 · affirmation %3</translation>
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
        <translation>Acteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Claimed by:</source>
        <translation>Affirmé par&#xa0;:</translation>
    </message>
    <message>
        <source>Responds to:</source>
        <translation>Répond à&#xa0;:</translation>
    </message>
    <message>
        <source>In conflict:</source>
        <translation>En contradiction&#xa0;:</translation>
    </message>
    <message>
        <source>Other claims:</source>
        <translation>Autres affirmations&#xa0;:</translation>
    </message>
    <message>
        <source>Unknown source “%1”</source>
        <translation>Source inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>author unknown</source>
        <translation>auteur inconnu</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>paragraphe %1</translation>
    </message>
    <message>
        <source>Show in article ›</source>
        <translation>Voir dans l’article ›</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>The selected claim&apos;s sources and quotes</source>
        <translation>Les sources et citations de l’affirmation sélectionnée</translation>
    </message>
    <message>
        <source>Claim details</source>
        <translation>Détail de l’affirmation</translation>
    </message>
    <message>
        <source>Statement, date, actors and each citation of the selected claim, with its quote</source>
        <translation>Énoncé, date, acteurs et chaque citation de l’affirmation sélectionnée, avec son extrait</translation>
    </message>
    <message>
        <source>About the source</source>
        <translation>À propos de la source</translation>
    </message>
    <message>
        <source>About the sources</source>
        <translation>À propos des sources</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>publié %1</translation>
    </message>
    <message>
        <source>Notes on the source</source>
        <translation>Notes sur la source</translation>
    </message>
    <message>
        <source>How this date was inferred</source>
        <translation>Comment cette date a été déduite</translation>
    </message>
    <message>
        <source>&amp;Edit Claim…</source>
        <translation>&amp;Modifier l’affirmation…</translation>
    </message>
    <message>
        <source>Edit Source %1…</source>
        <translation>Modifier la source %1…</translation>
    </message>
    <message>
        <source>Edit Actor %1…</source>
        <translation>Modifier l’acteur %1…</translation>
    </message>
</context>
<context>
    <name>ClaimClipboard</name>
    <message>
        <source>paragraph %1</source>
        <translation>paragraphe %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>publié %1</translation>
    </message>
</context>
<context>
    <name>ClaimDate</name>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>as of %1 (when reported)</source>
        <translation>au %1 (date du signalement)</translation>
    </message>
    <message>
        <source>as of %1, when reported</source>
        <translation>au %1, date du signalement</translation>
    </message>
    <message>
        <source>%1, month unknown</source>
        <translation>%1, mois inconnu</translation>
    </message>
    <message>
        <source>%1, day unknown</source>
        <translation>%1, jour inconnu</translation>
    </message>
</context>
<context>
    <name>ClaimEditDialog</name>
    <message>
        <source>Edit Claim %1</source>
        <translation>Modifier l’affirmation %1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Fix the problems listed first</source>
        <translation>Corrigez d’abord les problèmes signalés</translation>
    </message>
    <message>
        <source>New Claim %1</source>
        <translation>Nouvelle affirmation %1</translation>
    </message>
</context>
<context>
    <name>ClaimExport</name>
    <message>
        <source>Dossier dataset JSON (*.json)</source>
        <translation>Jeu de données Dossier JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV, plain UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 simple (*.csv)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets, UTF-8 with byte-order mark (*.csv)</source>
        <translation>CSV pour tableur, UTF-8 avec indicateur d’ordre des octets (*.csv)</translation>
    </message>
    <message>
        <source>TimelineJS timeline (*.json)</source>
        <translation>Chronologie TimelineJS (*.json)</translation>
    </message>
    <message>
        <source>Export Claims</source>
        <translation>Exporter les affirmations</translation>
    </message>
    <message>
        <source>Export &amp;Claims…</source>
        <translation>Exporter les &amp;affirmations…</translation>
    </message>
    <message>
        <source>Save the claims the filter shows as JSON, CSV for spreadsheets or a TimelineJS timeline</source>
        <translation>Enregistrer les affirmations affichées par le filtre en JSON, en CSV pour tableur ou en chronologie TimelineJS</translation>
    </message>
    <message>
        <source>dispute-claims</source>
        <translation>affirmations-litige</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n claim(s)…</source>
        <translation>
            <numerusform>Exportation de %n affirmation…</numerusform>
            <numerusform>Exportation de %n affirmations…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The claims were not exported to %1: %2</source>
        <translation>Les affirmations n’ont pas été exportées vers %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ClaimFilter</name>
    <message>
        <source>All claims</source>
        <translation>Toutes les affirmations</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>Acteurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Years: %1</source>
        <translation>Années&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kinds: %1</source>
        <translation>Types&#xa0;: %1</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>Recherche&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’à %1</translation>
    </message>
    <message>
        <source>in conflict</source>
        <translation>en contradiction</translation>
    </message>
    <message>
        <source>in no conflict</source>
        <translation>hors de toute contradiction</translation>
    </message>
    <message>
        <source>single source</source>
        <translation>source unique</translation>
    </message>
    <message>
        <source>several sources</source>
        <translation>plusieurs sources</translation>
    </message>
    <message>
        <source>reported as fact</source>
        <translation>rapporté comme un fait</translation>
    </message>
    <message>
        <source>claimed by %1</source>
        <translation>affirmé par %1</translation>
    </message>
    <message>
        <source>key claims</source>
        <translation>affirmations clés</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>étiquetées %1</translation>
    </message>
</context>
<context>
    <name>ClaimForm</name>
    <message>
        <source>Dated by &amp;when it was reported</source>
        <translation>Datée par la date du &amp;reportage</translation>
    </message>
    <message>
        <source>As precise as the sources are: a year, a month or a day</source>
        <translation>Aussi précise que les sources&#xa0;: une année, un mois ou un jour</translation>
    </message>
    <message>
        <source>The articles give no date of the event: the claim is dated by its report</source>
        <translation>Les articles ne datent pas l’événement&#xa0;: l’affirmation est datée par son reportage</translation>
    </message>
    <message>
        <source>Why this date, when it needs saying</source>
        <translation>Pourquoi cette date, s’il faut le dire</translation>
    </message>
    <message>
        <source>What the claim says, in neutral English</source>
        <translation>Ce que dit l’affirmation, en anglais neutre</translation>
    </message>
    <message>
        <source>reported as fact</source>
        <translation>rapporté comme un fait</translation>
    </message>
    <message>
        <source>The id of the claim it answers, if any</source>
        <translation>L’identifiant de l’affirmation à laquelle elle répond, s’il y en a une</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Date &amp;note:</source>
        <translation>&amp;Note de date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>É&amp;noncé&#xa0;:</translation>
    </message>
    <message>
        <source>Ac&amp;tors:</source>
        <translation>Ac&amp;teurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Claimed by:</source>
        <translation>&amp;Affirmé par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Responds to:</source>
        <translation>&amp;Répond à&#xa0;:</translation>
    </message>
    <message>
        <source>Citations:</source>
        <translation>Citations&#xa0;:</translation>
    </message>
    <message>
        <source>%1, ¶%2: “%3”</source>
        <translation>%1, §%2&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ClaimInspector</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>History of the claim</source>
        <translation>Historique de l’affirmation</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>No claim selected</source>
        <translation>Aucune affirmation sélectionnée</translation>
    </message>
    <message>
        <source>Select a claim on the timeline or in the table to inspect it.</source>
        <translation>Sélectionnez une affirmation sur la frise ou dans le tableau pour l’inspecter.</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>Affirmation %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Statement: %1</source>
        <translation>Énoncé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>Acteurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Claimed by: %1</source>
        <translation>Affirmé par&#xa0;: %1</translation>
    </message>
    <message>
        <source>reported as fact</source>
        <translation>rapporté comme un fait</translation>
    </message>
    <message>
        <source>Date note: %1</source>
        <translation>Note sur la date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Responds to: %1</source>
        <translation>Répond à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Citations: %1</source>
        <translation>Citations&#xa0;: %1</translation>
    </message>
    <message>
        <source>History is not recorded: no database is open.</source>
        <translation>L’historique n’est pas enregistré&#xa0;: aucune base n’est ouverte.</translation>
    </message>
    <message>
        <source>History is not recorded: %1</source>
        <translation>L’historique n’est pas enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>L’historique ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>No change to this claim is recorded: it is as imported.</source>
        <translation>Aucune modification de cette affirmation n’est enregistrée&#xa0;: elle est telle qu’importée.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
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
        <translation>Événement</translation>
    </message>
    <message>
        <source>Allegation</source>
        <translation>Accusation</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
</context>
<context>
    <name>ClaimMarkupPanel</name>
    <message>
        <source>Key claim</source>
        <translation>Affirmation clé</translation>
    </message>
    <message>
        <source>No tags</source>
        <translation>Aucune étiquette</translation>
    </message>
    <message>
        <source>Tag…</source>
        <translation>Étiqueter…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Annoter…</translation>
    </message>
    <message>
        <source>Your markup</source>
        <translation>Vos annotations</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Étiquette %1</translation>
    </message>
    <message>
        <source>Change Colour…</source>
        <translation>Changer la couleur…</translation>
    </message>
</context>
<context>
    <name>ClaimRemoval</name>
    <message>
        <source>claim %1 responds to it: it will respond to nothing</source>
        <translation>l’affirmation %1 y répond&#xa0;: elle ne répondra plus à rien</translation>
    </message>
    <message>
        <source>conflict %1 is between it and one other claim: it will be deleted</source>
        <translation>le conflit %1 l’oppose à une seule autre affirmation&#xa0;: il sera supprimé</translation>
    </message>
    <message>
        <source>conflict %1 names it: it will name the others</source>
        <translation>le conflit %1 la nomme&#xa0;: il nommera les autres</translation>
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
        <translation>En contradiction avec d’autres affirmations.</translation>
    </message>
    <message>
        <source>Rests on a single source.</source>
        <translation>Repose sur une seule source.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Cited from: %1</source>
        <translation>Cité de : %1</translation>
    </message>
    <message>
        <source>No date of its own: %1 is when it was reported.</source>
        <translation>Pas de date propre : %1 est la date à laquelle elle a été rapportée.</translation>
    </message>
    <message>
        <source>You starred it as key.</source>
        <translation>Vous l’avez marquée comme clé.</translation>
    </message>
    <message>
        <source>Your tags: %1</source>
        <translation>Vos étiquettes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ClaimTableView</name>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>The claims that match the filter, one per row; selecting rows selects the claims everywhere</source>
        <translation>Les affirmations retenues par le filtre, une par ligne&#xa0;; sélectionner des lignes sélectionne ces affirmations partout</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Check the dataset&apos;s integrity, and its quotes against a corpus.</source>
        <translation>Vérifier l’intégrité du jeu de données et ses citations par rapport à un corpus.</translation>
    </message>
    <message>
        <source>Export claims as JSON (the authoring format) or CSV.</source>
        <translation>Exporter les affirmations en JSON (le format de rédaction) ou en CSV.</translation>
    </message>
    <message>
        <source>Validate a dataset JSON file, then import it into the database.</source>
        <translation>Valider un fichier JSON de jeu de données, puis l’importer dans la base.</translation>
    </message>
    <message>
        <source>Write a synthetic dataset of any size, for benchmarks.</source>
        <translation>Écrire un jeu de données synthétique de taille quelconque, pour les mesures de performance.</translation>
    </message>
    <message>
        <source>Write the dispute summary report as PDF, headless.</source>
        <translation>Écrire le rapport de synthèse du litige en PDF, sans affichage.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Claims involving NAME (id, name or alias; case-insensitive; repeatable).</source>
        <translation>Affirmations impliquant NAME (identifiant, nom ou alias&#xa0;; sans tenir compte de la casse&#xa0;; répétable).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Claims dated in YYYY.</source>
        <translation>Affirmations datées de l’année YYYY.</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>Claims dated in YYYY or later.</source>
        <translation>Affirmations datées de YYYY ou après.</translation>
    </message>
    <message>
        <source>Claims dated in YYYY or earlier.</source>
        <translation>Affirmations datées de YYYY ou avant.</translation>
    </message>
    <message>
        <source>Claims citing the source ID (repeatable).</source>
        <translation>Affirmations citant la source ID (répétable).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Claims of KIND (event, allegation, ...; repeatable).</source>
        <translation>Affirmations du type KIND (event, allegation, …&#xa0;; répétable).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Claims whose statement or quotes hold every word of TEXT.</source>
        <translation>Affirmations dont l’énoncé ou les citations contiennent chaque mot de TEXT.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>no actor is named &apos;%1&apos; (try an id, a name or an alias; &apos;dossier export --format json&apos; lists them)</source>
        <translation>aucun acteur ne s’appelle «&#xa0;%1&#xa0;» (essayez un identifiant, un nom ou un alias&#xa0;; «&#xa0;dossier export --format json&#xa0;» les liste)</translation>
    </message>
    <message>
        <source>--%1 expects a four-digit year, not &apos;%2&apos;</source>
        <translation>--%1 attend une année à quatre chiffres, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--year cannot be combined with --from or --to</source>
        <translation>--year ne peut pas être combiné avec --from ou --to</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 est postérieur à --to %2</translation>
    </message>
    <message>
        <source>no source has the id &apos;%1&apos;</source>
        <translation>aucune source n’a l’identifiant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>impossible d’écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2; the previous file, if any, is unchanged</source>
        <translation>impossible d’écrire %1&#xa0;: %2&#xa0;; le fichier précédent, s’il existe, est inchangé</translation>
    </message>
    <message>
        <source>The dataset JSON to check (default: the bundled dataset).</source>
        <translation>Le JSON de jeu de données à vérifier (par défaut&#xa0;: le jeu intégré).</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[FILE]</translation>
    </message>
    <message>
        <source>Also check every source and quote against the articles in DIR (default: $DOSSIER_CORPUS when set).</source>
        <translation>Vérifier aussi chaque source et chaque citation par rapport aux articles de DIR (par défaut&#xa0;: $DOSSIER_CORPUS s’il est défini).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>check takes one dataset file at most</source>
        <translation>check accepte au plus un fichier de jeu de données</translation>
    </message>
    <message>
        <source>FAIL </source>
        <translation>ÉCHEC </translation>
    </message>
    <message>
        <source>Claims resting on a single source (%1):</source>
        <translation>Affirmations reposant sur une seule source (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2 failure(s); %3 sources, %4 actors, %5 claims, %6 citations, %7 conflicts; %8</source>
        <translation>%1&#xa0;: %2 échec(s)&#xa0;; %3 sources, %4 acteurs, %5 affirmations, %6 citations, %7 contradictions&#xa0;; %8</translation>
    </message>
    <message>
        <source>quotes not checked against a corpus</source>
        <translation>citations non vérifiées par rapport à un corpus</translation>
    </message>
    <message>
        <source>%1 sources and %2 quotes checked against %3</source>
        <translation>%1 sources et %2 citations vérifiées par rapport à %3</translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation>Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Run &apos;dossier COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Lancez «&#xa0;dossier COMMAND --help&#xa0;» pour les options d’une commande.
</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La commande.</translation>
    </message>
    <message>
        <source>Run &apos;dossier %1 --help&apos; for its options.</source>
        <translation>Lancez «&#xa0;dossier %1 --help&#xa0;» pour ses options.</translation>
    </message>
    <message>
        <source>Dossier: an investigative dashboard over a curated, cited dispute dataset.
Without a command, opens the dashboard.

</source>
        <translation>Dossier&#xa0;: un tableau de bord d’enquête sur un jeu de données vérifié et sourcé d’un litige.
Sans commande, ouvre le tableau de bord.

</translation>
    </message>
    <message>
        <source>Attach the folder DIR holding the articles&apos; full texts.</source>
        <translation>Joindre le dossier DIR contenant le texte intégral des articles.</translation>
    </message>
    <message>
        <source>dossier: unknown command &apos;%1&apos;

</source>
        <translation>dossier&#xa0;: commande inconnue «&#xa0;%1&#xa0;»

</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>export takes no file argument; use -o FILE</source>
        <translation>export n’accepte pas de fichier en argument&#xa0;; utilisez -o FILE</translation>
    </message>
    <message>
        <source>import takes exactly one dataset file</source>
        <translation>import attend exactement un fichier de jeu de données</translation>
    </message>
    <message>
        <source>%1 problem(s) in %2; nothing was imported</source>
        <translation>%1 problème(s) dans %2&#xa0;; rien n’a été importé</translation>
    </message>
    <message>
        <source>Imported %1 claims, %2 actors, %3 sources and %4 conflicts into %5</source>
        <translation>%1 affirmations, %2 acteurs, %3 sources et %4 contradictions importés dans %5</translation>
    </message>
    <message>
        <source>--date expects YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--date attend AAAA-MM-JJ, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Write the report to FILE (PDF). Required.</source>
        <translation>Écrire le rapport dans FILE (PDF). Obligatoire.</translation>
    </message>
    <message>
        <source>A4 or Letter (default: from the locale).</source>
        <translation>A4 ou Letter (par défaut&#xa0;: selon la langue et la région).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>The report&apos;s title (default: the dataset&apos;s title).</source>
        <translation>Le titre du rapport (par défaut&#xa0;: celui du jeu de données).</translation>
    </message>
    <message>
        <source>The generation date to print, YYYY-MM-DD (default: $SOURCE_DATE_EPOCH or today).</source>
        <translation>La date de génération à imprimer, AAAA-MM-JJ (par défaut&#xa0;: $SOURCE_DATE_EPOCH ou aujourd’hui).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>report takes no file argument; use -o FILE.pdf</source>
        <translation>report n’accepte pas de fichier en argument&#xa0;; utilisez -o FICHIER.pdf</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter, not &apos;%1&apos;</source>
        <translation>--page-size doit valoir A4 ou Letter, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages, %3 claims)</source>
        <translation>%1 écrit (%2 pages, %3 affirmations)</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of actors (1 to 1000000).</source>
        <translation>Nombre d’acteurs (1 à 1000000).</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Number of sources (1 to 1000000).</source>
        <translation>Nombre de sources (1 à 1000000).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same file.</source>
        <translation>Graine aléatoire&#xa0;: la même graine donne le même fichier.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Write to FILE (&apos;-&apos;: standard output).</source>
        <translation>Écrire dans FILE («&#xa0;-&#xa0;»&#xa0;: sortie standard).</translation>
    </message>
    <message>
        <source>--%1 expects a whole number from 1 to %2, not &apos;%3&apos;</source>
        <translation>--%1 attend un nombre entier de 1 à %2, pas «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>--seed expects a whole number, not &apos;%1&apos;</source>
        <translation>--seed attend un nombre entier, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>generate needs -o FILE (or -o - for standard output)</source>
        <translation>generate a besoin de -o FICHIER (ou -o - pour la sortie standard)</translation>
    </message>
    <message>
        <source>Writing the report: %1%</source>
        <translation>Écriture du rapport&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>--database needs a file name</source>
        <translation>--database attend un nom de fichier</translation>
    </message>
    <message>
        <source>there is no database at %1 (create it with &apos;dossier import --database %1 FILE.json&apos;)</source>
        <translation>il n’y a pas de base à %1 (créez-la avec «&#xa0;dossier import --database %1 FICHIER.json&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 is the database (or one of its files); writing there would destroy it: choose another output file</source>
        <translation>%1 est la base de données (ou l’un de ses fichiers)&#xa0;; y écrire la détruirait&#xa0;: choisissez un autre fichier de sortie</translation>
    </message>
    <message>
        <source>no claim kind is called &apos;%1&apos; (kinds: %2)</source>
        <translation>aucun type d’affirmation ne s’appelle «&#xa0;%1&#xa0;» (types&#xa0;: %2)</translation>
    </message>
    <message>
        <source>--corpus needs a folder</source>
        <translation>--corpus attend un dossier</translation>
    </message>
    <message>
        <source>the corpus %1 is not a folder</source>
        <translation>le corpus %1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>SOURCE_DATE_EPOCH must be seconds since 1970 (UTC), not &apos;%1&apos;</source>
        <translation>SOURCE_DATE_EPOCH doit être un nombre de secondes depuis 1970 (UTC), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Number of claims (1 to 1000000; a larger file would exceed what import reads).</source>
        <translation>Nombre d’affirmations (1 à 1000000&#xa0;; un fichier plus grand dépasserait ce que import sait lire).</translation>
    </message>
    <message>
        <source>dossier: note: %1 exported claim(s) answer claims the filter leaves out, and %2 conflict(s) span both sides of it; those links are not in the export</source>
        <translation>dossier&#xa0;: remarque&#xa0;: %1 affirmation(s) exportée(s) répondent à des affirmations que le filtre écarte, et %2 contradiction(s) relient les deux côtés&#xa0;; ces liens ne sont pas dans l’export</translation>
    </message>
    <message>
        <source>dossier: warning: fonts not installed (%1); the PDF may show boxes instead of letters. Install fonts-dejavu-core and fonts-symbola.</source>
        <translation>dossier&#xa0;: avertissement&#xa0;: polices non installées (%1)&#xa0;; le PDF risque d’afficher des carrés à la place des lettres. Installez fonts-dejavu-core et fonts-symbola.</translation>
    </message>
    <message>
        <source>cannot write %1: it %2; Dossier writes only regular files, or standard output with -o -</source>
        <translation>impossible d’écrire %1&#xa0;: ce chemin %2&#xa0;; Dossier n’écrit que dans des fichiers ordinaires, ou sur la sortie standard avec -o -</translation>
    </message>
    <message>
        <source>report needs -o FILE.pdf (or -o - for standard output)</source>
        <translation>report a besoin de -o FICHIER.pdf (ou -o - pour la sortie standard)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>ne peut pas être lu</translation>
    </message>
    <message>
        <source>dossier: %1 %2</source>
        <translation>dossier&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>dossier: %1 is neither a Dossier database nor a dataset JSON file.</source>
        <translation>dossier&#xa0;: %1 n’est ni une base de données Dossier ni un fichier JSON de jeu de données.</translation>
    </message>
    <message>
        <source>dossier: the window opens one file at a time, not %1.</source>
        <translation>dossier&#xa0;: la fenêtre ouvre un seul fichier à la fois, pas %1.</translation>
    </message>
    <message>
        <source>dossier: %1 is a database; give it either as FILE or with --database, not both.</source>
        <translation>dossier&#xa0;: %1 est une base de données&#xa0;; donnez-la soit comme FILE, soit avec --database, pas les deux.</translation>
    </message>
    <message>
        <source>A command (see above), or a file to open: a Dossier database, or a dataset JSON file to import.</source>
        <translation>Une commande (voir ci-dessus), ou un fichier à ouvrir&#xa0;: une base de données Dossier, ou un fichier JSON de jeu de données à importer.</translation>
    </message>
    <message>
        <source>[COMMAND | FILE]</source>
        <translation>[COMMAND | FILE]</translation>
    </message>
    <message>
        <source>Start a CSV with a UTF-8 byte-order mark, for spreadsheets that need one.</source>
        <translation>Commencer le CSV par une marque d’ordre des octets UTF-8, pour les tableurs qui en ont besoin.</translation>
    </message>
    <message>
        <source>--bom is for --format csv only</source>
        <translation>--bom ne vaut que pour --format csv</translation>
    </message>
    <message>
        <source>json (the authoring format), csv or timelinejs.</source>
        <translation>json (le format de rédaction), csv ou timelinejs.</translation>
    </message>
    <message>
        <source>--format must be json, csv or timelinejs, not &apos;%1&apos;</source>
        <translation>--format doit valoir json, csv ou timelinejs, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Claims in a recorded conflict with another.</source>
        <translation>Affirmations en contradiction enregistrée avec une autre.</translation>
    </message>
    <message>
        <source>Claims in no recorded conflict.</source>
        <translation>Affirmations hors de toute contradiction enregistrée.</translation>
    </message>
    <message>
        <source>Claims resting on a single source.</source>
        <translation>Affirmations qui reposent sur une seule source.</translation>
    </message>
    <message>
        <source>Claims resting on several sources.</source>
        <translation>Affirmations qui reposent sur plusieurs sources.</translation>
    </message>
    <message>
        <source>Claims that NAME claims (id, name or alias; repeatable).</source>
        <translation>Affirmations que NAME avance (identifiant, nom ou alias ; répétable).</translation>
    </message>
    <message>
        <source>Claims the articles report as fact, no actor claiming them (with --claimant: either).</source>
        <translation>Affirmations que les articles rapportent comme des faits, sans acteur qui les avance (avec --claimant : l’un ou l’autre).</translation>
    </message>
    <message>
        <source>--%1 cannot be combined with --%2</source>
        <translation>--%1 ne peut pas être combiné avec --%2</translation>
    </message>
    <message>
        <source>no actor is named &apos;%1&apos; (try an id, a name or an alias)</source>
        <translation>aucun acteur ne s’appelle «&#xa0;%1&#xa0;» (essayez un identifiant, un nom ou un alias)</translation>
    </message>
    <message>
        <source>The claims of the view saved as NAME in the window (View &gt; Saved Views); alone, without the options above.</source>
        <translation>Les affirmations de la vue enregistrée sous NAME dans la fenêtre (Affichage &gt; Vues enregistrées)&#xa0;; seule, sans les options ci-dessus.</translation>
    </message>
    <message>
        <source>no view is saved as &apos;%1&apos; (none is saved yet: View &gt; Saved Views &gt; Save Current View in the window)</source>
        <translation>aucune vue n’est enregistrée sous «&#xa0;%1&#xa0;» (aucune ne l’est encore&#xa0;: Affichage &gt; Vues enregistrées &gt; Enregistrer la vue actuelle, dans la fenêtre)</translation>
    </message>
    <message>
        <source>no view is saved as &apos;%1&apos; (saved views: %2)</source>
        <translation>aucune vue n’est enregistrée sous «&#xa0;%1&#xa0;» (vues enregistrées&#xa0;: %2)</translation>
    </message>
    <message>
        <source>--view cannot be combined with --%1</source>
        <translation>--view ne peut pas être combiné avec --%1</translation>
    </message>
    <message>
        <source>Open on the view saved as NAME (View &gt; Saved Views).</source>
        <translation>Ouvrir sur la vue enregistrée sous NAME (Affichage &gt; Vues enregistrées).</translation>
    </message>
    <message>
        <source>Check the dataset held in the database DB (a file, or a PostgreSQL connection string) instead of a file.</source>
        <translation>Vérifier le jeu de données contenu dans la base DB (un fichier, ou une chaîne de connexion PostgreSQL) au lieu d’un fichier.</translation>
    </message>
    <message>
        <source>DB</source>
        <translation>BASE</translation>
    </message>
    <message>
        <source>check takes a file or --database, not both</source>
        <translation>check prend un fichier ou --database, pas les deux</translation>
    </message>
    <message>
        <source>Use the database FILE instead of the default one, or a team dossier on PostgreSQL: a libpq connection URI (postgresql://user@host/db) or service=NAME. No password is needed on the command line: libpq reads ~/.pgpass, PGPASSFILE and pg_service.conf.</source>
        <translation>Utiliser la base FICHIER au lieu de celle par défaut, ou un dossier d’équipe sur PostgreSQL&#xa0;: une URI de connexion libpq (postgresql://utilisateur@hôte/base) ou service=NOM. Nul besoin de mot de passe sur la ligne de commande&#xa0;: libpq lit ~/.pgpass, PGPASSFILE et pg_service.conf.</translation>
    </message>
    <message>
        <source>Prepare an empty PostgreSQL database for a team dossier.</source>
        <translation>Préparer une base PostgreSQL vide pour un dossier d’équipe.</translation>
    </message>
    <message>
        <source>init takes no file argument</source>
        <translation>init ne prend pas de fichier en argument</translation>
    </message>
    <message>
        <source>init prepares a PostgreSQL database: give it with --database postgresql://USER@HOST/DB or --database service=NAME (a database file is created by &apos;dossier import&apos;)</source>
        <translation>init prépare une base PostgreSQL&#xa0;: indiquez-la avec --database postgresql://UTILISATEUR@HÔTE/BASE ou --database service=NOM (un fichier de base est créé par «&#xa0;dossier import&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 was already prepared (schema %2)</source>
        <translation>%1 était déjà préparée (schéma %2)</translation>
    </message>
    <message>
        <source>Prepared %1 (schema %2): import a dataset with &apos;dossier import FILE --database …&apos;</source>
        <translation>%1 est préparée (schéma %2)&#xa0;: importez un jeu de données avec «&#xa0;dossier import FICHIER --database …&#xa0;»</translation>
    </message>
    <message>
        <source>Print the changes made to the dossier, or to one record of it: when, by whom, and each field before and after.</source>
        <translation>Afficher les changements apportés au dossier, ou à l’un de ses enregistrements&#xa0;: quand, par qui, et chaque champ avant et après.</translation>
    </message>
    <message>
        <source>The id of a claim (or of a source, an actor or a conflict) whose changes to show; all changes without it.</source>
        <translation>L’identifiant de l’affirmation (ou de la source, de l’acteur ou de la contradiction) dont afficher les changements&#xa0;; sans lui, tous les changements.</translation>
    </message>
    <message>
        <source>[CLAIM]</source>
        <translation>[AFFIRMATION]</translation>
    </message>
    <message>
        <source>  %1 created</source>
        <translation>  %1 créé</translation>
    </message>
    <message>
        <source>  %1 removed</source>
        <translation>  %1 supprimé</translation>
    </message>
    <message>
        <source>  %1 changed</source>
        <translation>  %1 modifié</translation>
    </message>
    <message>
        <source>history takes one record id at most</source>
        <translation>history prend au plus un identifiant d’enregistrement</translation>
    </message>
    <message>
        <source>No change is recorded in %1 since its dataset was imported.</source>
        <translation>Aucun changement n’est enregistré dans %1 depuis l’import de son jeu de données.</translation>
    </message>
    <message>
        <source>No change to %1 is recorded in %2.</source>
        <translation>Aucun changement de %1 n’est enregistré dans %2.</translation>
    </message>
    <message>
        <source>Claims you starred as key in the window.</source>
        <translation>Les affirmations marquées comme clés dans la fenêtre.</translation>
    </message>
    <message>
        <source>Claims you tagged TAG in the window (case-insensitive; repeatable: any of them).</source>
        <translation>Les affirmations étiquetées TAG dans la fenêtre (sans tenir compte de la casse&#xa0;; répétable&#xa0;: l’une d’elles).</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>--tag &apos;%1&apos;: %2</source>
        <translation>--tag «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Also write your markup (stars, tags, notes) beside the JSON output, in FILE.markup.json; needs -o FILE.</source>
        <translation>Écrire aussi vos annotations (étoiles, étiquettes, notes) à côté de la sortie JSON, dans FICHIER.markup.json&#xa0;; demande -o FICHIER.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--with-markup is for --format json written to a file with -o FILE</source>
        <translation>--with-markup va avec --format json écrit dans un fichier par -o FICHIER</translation>
    </message>
    <message>
        <source>Wrote the markup of %1 claim(s) to %2</source>
        <translation>Annotations de %1 affirmation(s) écrites dans %2</translation>
    </message>
    <message>
        <source>The dataset JSON to import; markup in FILE.markup.json beside it is imported too.</source>
        <translation>Le jeu de données JSON à importer&#xa0;; les annotations de FICHIER.markup.json à côté sont importées aussi.</translation>
    </message>
    <message>
        <source>Imported the markup of %1 claim(s) from %2</source>
        <translation>Annotations de %1 affirmation(s) importées depuis %2</translation>
    </message>
</context>
<context>
    <name>ConflictActions</name>
    <message>
        <source>Edit Refused</source>
        <translation>Modification refusée</translation>
    </message>
    <message>
        <source>Your version was not saved.</source>
        <translation>Votre version n’a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Record Conflict</source>
        <translation>Enregistrer un conflit</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>What the claims disagree on</source>
        <translation>Sur quoi les affirmations divergent</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>The claims in conflict:</source>
        <translation>Les affirmations en conflit&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;About:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Edit Conflict %1</source>
        <translation>Modifier le conflit %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>ConflictEditActions</name>
    <message>
        <source>Edit Co&amp;nflict…</source>
        <translation>Modifier le co&amp;nflit…</translation>
    </message>
    <message>
        <source>Delete Con&amp;flict…</source>
        <translation>Supprimer le con&amp;flit…</translation>
    </message>
    <message>
        <source>Select a conflict in the conflicts view first</source>
        <translation>Sélectionnez d’abord un conflit dans la vue des conflits</translation>
    </message>
    <message>
        <source>Edit what the selected conflict is about</source>
        <translation>Modifier ce sur quoi porte le conflit sélectionné</translation>
    </message>
    <message>
        <source>Delete the selected conflict, keeping its claims</source>
        <translation>Supprimer le conflit sélectionné en gardant ses affirmations</translation>
    </message>
    <message>
        <source>The conflict was not changed.</source>
        <translation>Le conflit n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Delete Conflict</source>
        <translation>Supprimer le conflit</translation>
    </message>
    <message>
        <source>Delete conflict %1?</source>
        <translation>Supprimer le conflit %1&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing refers to it. Its claims stay: %1.

Edit ▸ Undo brings it back.</source>
        <translation>Rien n’y renvoie. Ses affirmations restent&#xa0;: %1.

Édition ▸ Annuler le rétablit.</translation>
    </message>
    <message>
        <source>The conflict was not deleted.</source>
        <translation>Le conflit n’a pas été supprimé.</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <source>Reported as fact</source>
        <translation>Rapporté comme un fait</translation>
    </message>
    <message>
        <source>According to %1</source>
        <translation>Selon %1</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>paragraphe %1</translation>
    </message>
    <message>
        <source>Point of conflict: %1</source>
        <translation>Point de contradiction&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affirmation</numerusform>
            <numerusform>%n affirmations</numerusform>
        </translation>
    </message>
    <message>
        <source>(hidden by the filter)</source>
        <translation>(masquée par le filtre)</translation>
    </message>
    <message>
        <source>Side %1 of %2: %3</source>
        <translation>Version %1 sur %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden by the filter</source>
        <translation>masquée par le filtre</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>Conflicts</source>
        <translation>Contradictions</translation>
    </message>
    <message>
        <source>Each recorded conflict with its claims side by side</source>
        <translation>Chaque contradiction relevée, ses affirmations côte à côte</translation>
    </message>
    <message>
        <source>Conflicts side by side</source>
        <translation>Contradictions côte à côte</translation>
    </message>
    <message>
        <source>Arrow keys move between the sides; the side chosen becomes the current claim; Enter on a conflict selects its claims</source>
        <translation>Les flèches passent d’une version à l’autre&#xa0;; la version choisie devient l’affirmation courante&#xa0;; Entrée sur une contradiction sélectionne ses affirmations</translation>
    </message>
    <message>
        <source>The dataset records no conflict.</source>
        <translation>Le jeu de données ne relève aucune contradiction.</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) hidden by the filter: none of their claims is shown.</source>
        <translation>
            <numerusform>%n contradiction masquée par le filtre&#xa0;: aucune de ses affirmations n’est affichée.</numerusform>
            <numerusform>%n contradictions masquées par le filtre&#xa0;: aucune de leurs affirmations n’est affichée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorpusChecker</name>
    <message>
        <source>%1 has SHA-256 %2, the dataset expects %3</source>
        <translation>%1 a le SHA-256 %2, le jeu de données attend %3</translation>
    </message>
</context>
<context>
    <name>CorpusFolder</name>
    <message>
        <source>&apos;%1&apos; is not a plain file name</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un simple nom de fichier</translation>
    </message>
    <message>
        <source>the corpus folder %1 does not exist</source>
        <translation>le dossier de corpus %1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is missing from the corpus folder %2</source>
        <translation>%1 manque dans le dossier de corpus %2</translation>
    </message>
    <message>
        <source>%1 leads outside the corpus folder (to %2); it was not read</source>
        <translation>%1 mène hors du dossier de corpus (vers %2)&#xa0;; il n’a pas été lu</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; not an article</source>
        <translation>%1 dépasse %2 Mo&#xa0;; ce n’est pas un article</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 n’est pas du texte UTF-8</translation>
    </message>
</context>
<context>
    <name>CullActions</name>
    <message>
        <source>New Claim from &amp;Selection…</source>
        <translation>Nouvelle affirmation depuis la &amp;sélection…</translation>
    </message>
    <message>
        <source>Add Citation to Selected C&amp;laim</source>
        <translation>Ajouter la citation à l’aff&amp;irmation sélectionnée</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Open an article of the dossier&apos;s sources first</source>
        <translation>Ouvrez d’abord un article des sources du dossier</translation>
    </message>
    <message>
        <source>The article&apos;s file is not the one its source was recorded from</source>
        <translation>Le fichier de l’article n’est pas celui d’après lequel sa source a été enregistrée</translation>
    </message>
    <message>
        <source>Select a passage in the article first</source>
        <translation>Sélectionnez d’abord un passage de l’article</translation>
    </message>
    <message>
        <source>Create a claim citing the selected passage</source>
        <translation>Créer une affirmation qui cite le passage sélectionné</translation>
    </message>
    <message>
        <source>Add the selected passage to the current claim&apos;s citations</source>
        <translation>Ajouter le passage sélectionné aux citations de l’affirmation courante</translation>
    </message>
    <message>
        <source>Select a claim first</source>
        <translation>Sélectionnez d’abord une affirmation</translation>
    </message>
    <message>
        <source>No claim was created from the selection.</source>
        <translation>Aucune affirmation n’a été créée depuis la sélection.</translation>
    </message>
    <message>
        <source>The claim was not created.</source>
        <translation>L’affirmation n’a pas été créée.</translation>
    </message>
    <message>
        <source>No citation was added.</source>
        <translation>Aucune citation n’a été ajoutée.</translation>
    </message>
    <message>
        <source>Claim %1 already cites this passage.</source>
        <translation>L’affirmation %1 cite déjà ce passage.</translation>
    </message>
    <message>
        <source>Cull from Article</source>
        <translation>Extraire de l’article</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>The filtered claims by date, one lane per actor; the table below lists the same claims</source>
        <translation>Les affirmations filtrées par date, une ligne par acteur&#xa0;; le tableau dessous liste les mêmes affirmations</translation>
    </message>
    <message>
        <source>Timeline of claims</source>
        <translation>Frise des affirmations</translation>
    </message>
    <message>
        <source>Wheel or F and Ctrl+0 zoom the dates; each claim is a list item</source>
        <translation>La molette, F et Ctrl+0 zooment sur les dates&#xa0;; chaque affirmation est un élément de liste</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
</context>
<context>
    <name>DatasetExportAction</name>
    <message>
        <source>Export Data&amp;set…</source>
        <translation>Exporter le jeu de &amp;données…</translation>
    </message>
    <message>
        <source>Save the whole dossier as a dataset file that can be checked and imported again</source>
        <translation>Enregistrer tout le dossier dans un fichier de jeu de données qui peut être vérifié et importé de nouveau</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Export Dataset</source>
        <translation>Exporter le jeu de données</translation>
    </message>
    <message>
        <source>Dossier datasets (*.json)</source>
        <translation>Jeux de données Dossier (*.json)</translation>
    </message>
    <message>
        <source>The dataset was not exported.</source>
        <translation>Le jeu de données n’a pas été exporté.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Include my &amp;markup (stars, tags, notes)</source>
        <translation>Inclure mes &amp;annotations (étoiles, étiquettes, notes)</translation>
    </message>
    <message>
        <source>Export Dataset also writes your stars, tags and notes, to a .markup.json file beside the dataset</source>
        <translation>Exporter le jeu de données écrit aussi vos étoiles, étiquettes et notes, dans un fichier .markup.json à côté du jeu de données</translation>
    </message>
</context>
<context>
    <name>DatasetImport</name>
    <message>
        <source>%1 already exists; Dossier never replaces a database.</source>
        <translation>%1 existe déjà&#xa0;; Dossier ne remplace jamais une base de données.</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DatasetJsonReader</name>
    <message>
        <source>invalid UTF-8 (byte 0x%1 at offset %2); the dataset must be UTF-8</source>
        <translation>UTF-8 invalide (octet 0x%1 à la position %2)&#xa0;; le jeu de données doit être en UTF-8</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>le niveau supérieur doit être un objet JSON</translation>
    </message>
    <message>
        <source>must be &quot;dossier-dataset&quot;</source>
        <translation>doit valoir «&#xa0;dossier-dataset&#xa0;»</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier inexistant</translation>
    </message>
    <message>
        <source>is a folder, not a dataset file</source>
        <translation>est un dossier, pas un fichier de jeu de données</translation>
    </message>
    <message>
        <source>is %1 MB, larger than the %2 MB this program reads</source>
        <translation>fait %1 Mo, plus que les %2 Mo que ce programme lit</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>must be an object {&quot;actor&quot;, &quot;role&quot;} or an actor id</source>
        <translation>doit être un objet {&quot;actor&quot;, &quot;role&quot;} ou un identifiant d’acteur</translation>
    </message>
    <message>
        <source>invalid escape %1 (a string may hold \&quot; \\ \/ \b \f \n \r \t \uXXXX)</source>
        <translation>échappement invalide %1 (une chaîne peut contenir \&quot; \\ \/ \b \f \n \r \t \uXXXX)</translation>
    </message>
    <message>
        <source>%1 is half a UTF-16 surrogate pair, without the other</source>
        <translation>%1 est une moitié de paire de substitution UTF-16, sans l’autre</translation>
    </message>
    <message>
        <source>key %1 is repeated in its object</source>
        <translation>la clé %1 est répétée dans son objet</translation>
    </message>
    <message>
        <source>is larger than the %1 MB this program reads</source>
        <translation>dépasse les %1 Mo que ce programme lit</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 1000000000</source>
        <translation>doit être un nombre entier de 1 à 1000000000</translation>
    </message>
    <message>
        <source>unexpected text (a comma, colon, quote, brace or bracket is missing or out of place)</source>
        <translation>texte inattendu (une virgule, un deux-points, un guillemet, une accolade ou un crochet manque ou est mal placé)</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>nombre invalide</translation>
    </message>
    <message>
        <source>invalid value (only true, false and null go without quotes)</source>
        <translation>valeur invalide (seuls true, false et null s’écrivent sans guillemets)</translation>
    </message>
    <message>
        <source>text after the end of the JSON value</source>
        <translation>du texte après la fin de la valeur JSON</translation>
    </message>
    <message>
        <source>the text ends before the JSON value does (something is not closed)</source>
        <translation>le texte s’arrête avant la fin de la valeur JSON (quelque chose n’est pas fermé)</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>control character in a string (write it as an escape such as \n or \u0001)</source>
        <translation>caractère de contrôle dans une chaîne (écrivez-le en échappement, comme \n ou \u0001)</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>the text holds no JSON value</source>
        <translation>le texte ne contient aucune valeur JSON</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>this program reads versions %1 to %2</source>
        <translation>ce programme lit les versions %1 à %2</translation>
    </message>
    <message>
        <source>must be a whole number (%1)</source>
        <translation>doit être un nombre entier (%1)</translation>
    </message>
    <message>
        <source>version %1 is not supported (%2)</source>
        <translation>la version %1 n’est pas prise en charge (%2)</translation>
    </message>
    <message>
        <source>must be &quot;reported&quot; or &quot;text&quot;</source>
        <translation>doit valoir &quot;reported&quot; ou &quot;text&quot;</translation>
    </message>
</context>
<context>
    <name>DatasetLoader</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>The bundled dataset changed; %1 was updated to version %2.</source>
        <translation>Le jeu de données intégré a changé&#xa0;; %1 a été mis à jour en version %2.</translation>
    </message>
    <message>
        <source>%1 is read-only and holds no dataset</source>
        <translation>%1 est en lecture seule et ne contient aucun jeu de données</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds a dataset that is no longer valid (was it changed outside Dossier?): %2; %n problem(s) in all</source>
        <translation>
            <numerusform>%1 contient un jeu de données qui n’est plus valide (modifié hors de Dossier&#xa0;?)&#xa0;: %2&#xa0;; %n problème en tout</numerusform>
            <numerusform>%1 contient un jeu de données qui n’est plus valide (modifié hors de Dossier&#xa0;?)&#xa0;: %2&#xa0;; %n problèmes en tout</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds no dataset yet (import one with &apos;dossier import --database %1 FILE.json&apos;)</source>
        <translation>%1 ne contient encore aucun jeu de données (importez-en un avec «&#xa0;dossier import --database %1 FICHIER.json&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>DatasetStore</name>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 was written by a newer Dossier (schema %2; this program knows %3)</source>
        <translation>%1 a été écrit par un Dossier plus récent (schéma %2&#xa0;; ce programme connaît le %3)</translation>
    </message>
    <message>
        <source>%1 is read-only and uses an older schema (%2) that needs upgrading</source>
        <translation>%1 est en lecture seule et utilise un ancien schéma (%2) à mettre à jour</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>impossible d’ouvrir la base %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Dossier database (SQLite says: %2)</source>
        <translation>%1 n’est pas une base Dossier (SQLite indique&#xa0;: %2)</translation>
    </message>
    <message>
        <source>cannot read the database %1: %2</source>
        <translation>impossible de lire la base %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write to the database %1: %2</source>
        <translation>impossible d’écrire dans la base %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the schema script %1 is missing from this build</source>
        <translation>le script de schéma %1 manque dans cette version</translation>
    </message>
    <message>
        <source>schema script %1 failed: %2</source>
        <translation>le script de schéma %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1</source>
        <translation>impossible de lire la version de schéma de %1</translation>
    </message>
    <message>
        <source>cannot upgrade %1: %2</source>
        <translation>impossible de mettre à jour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot upgrade %1 to schema %2: %3</source>
        <translation>impossible de mettre %1 au schéma %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is read-only: the import was refused and nothing was changed</source>
        <translation>%1 est en lecture seule&#xa0;: l’import a été refusé et rien n’a changé</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>impossible d’écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>import into %1 failed, nothing was changed: %2</source>
        <translation>l’import dans %1 a échoué, rien n’a changé&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is not a Dossier database: it holds another program&apos;s tables</source>
        <translation>%1 n’est pas une base Dossier&#xa0;: elle contient les tables d’un autre programme</translation>
    </message>
    <message>
        <source>%1 is busy: another program kept writing to it for 5 seconds; nothing was changed, try again</source>
        <translation>%1 est occupée&#xa0;: un autre programme y a écrit pendant 5 secondes&#xa0;; rien n’a été modifié, réessayez</translation>
    </message>
    <message>
        <source>%1 %2; a database is a regular file</source>
        <translation>%1 %2&#xa0;; une base de données est un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Dossier database; it was left untouched</source>
        <translation>%1 est un fichier vide, pas une base Dossier&#xa0;; il n’a pas été modifié</translation>
    </message>
    <message>
        <source>cannot read the database %1</source>
        <translation>impossible de lire la base de données %1</translation>
    </message>
    <message>
        <source>cannot read %1: it kept changing while it was read</source>
        <translation>impossible de lire %1&#xa0;: le fichier n’a cessé de changer pendant la lecture</translation>
    </message>
    <message>
        <source>%1 is read-only: the change was not saved</source>
        <translation>%1 est en lecture seule&#xa0;: le changement n’a pas été enregistré</translation>
    </message>
    <message>
        <source>%1 holds no dataset to change</source>
        <translation>%1 ne contient aucun jeu de données à modifier</translation>
    </message>
    <message>
        <source>%1 is busy: another program kept writing to it for 5 seconds; the change was not saved, try again</source>
        <translation>%1 est occupée&#xa0;: un autre programme y a écrit pendant 5 secondes&#xa0;; le changement n’a pas été enregistré, réessayez</translation>
    </message>
    <message>
        <source>the change could not be saved to %1, nothing was changed: %2</source>
        <translation>le changement n’a pas pu être enregistré dans %1, rien n’a été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the history of %1: %2</source>
        <translation>impossible de lire l’historique de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was opened read-only: it is shown as it is, and cannot be edited.</source>
        <translation>%1 a été ouverte en lecture seule&#xa0;: elle est montrée telle quelle et ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>The database cannot be written (%1): it is shown as it is, and cannot be edited.</source>
        <translation>La base ne peut pas être écrite (%1)&#xa0;: elle est montrée telle quelle et ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>This is the bundled dataset, kept as shipped: File ▸ Save Copy As… makes a copy you can edit.</source>
        <translation>C’est le jeu de données livré, gardé tel quel&#xa0;: Fichier ▸ Enregistrer une copie sous… en fait une copie modifiable.</translation>
    </message>
    <message>
        <source>The dossier file is not open.</source>
        <translation>Le fichier du dossier n’est pas ouvert.</translation>
    </message>
    <message>
        <source>cannot read the markup of %1: %2</source>
        <translation>impossible de lire les annotations de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the markup could not be saved to %1: %2</source>
        <translation>les annotations n’ont pas pu être enregistrées dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the markup could not be saved to %1, nothing was changed: %2</source>
        <translation>les annotations n’ont pas pu être enregistrées dans %1, rien n’a été modifié&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DatasetValidator</name>
    <message>
        <source>&apos;%1&apos; is not a valid id (lowercase letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;; at most 64)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant valide (minuscules, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;», «&#xa0;-&#xa0;»&#xa0;; 64 au plus)</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos;</source>
        <translation>identifiant en double «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a plain file name inside the corpus folder</source>
        <translation>«&#xa0;%1&#xa0;» doit être un simple nom de fichier dans le dossier de corpus</translation>
    </message>
    <message>
        <source>must be 64 lowercase hexadecimal digits</source>
        <translation>doit compter 64 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (one of: %2)</source>
        <translation>type inconnu «&#xa0;%1&#xa0;» (au choix&#xa0;: %2)</translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos;</source>
        <translation>source inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>doit valoir 1 ou plus</translation>
    </message>
    <message>
        <source>unknown actor &apos;%1&apos;</source>
        <translation>acteur inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown claim &apos;%1&apos;</source>
        <translation>affirmation inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a claim cannot answer itself</source>
        <translation>une affirmation ne peut pas se répondre à elle-même</translation>
    </message>
    <message>
        <source>a claim needs at least one citation</source>
        <translation>une affirmation doit avoir au moins une citation</translation>
    </message>
    <message>
        <source>a conflict links two different claims or more</source>
        <translation>une contradiction relie au moins deux affirmations différentes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; also names actor &apos;%2&apos;: it must find one actor</source>
        <translation>«&#xa0;%1&#xa0;» désigne aussi l’acteur «&#xa0;%2&#xa0;»&#xa0;: il doit désigner un seul acteur</translation>
    </message>
    <message>
        <source>is %1 bytes long in UTF-8; a file name holds at most %2</source>
        <translation>fait %1 octets en UTF-8&#xa0;; un nom de fichier en compte au plus %2</translation>
    </message>
    <message>
        <source>is %1 characters long; this field holds at most %2</source>
        <translation>fait %1 caractères&#xa0;; ce champ en compte au plus %2</translation>
    </message>
    <message>
        <source>shows nothing: it holds only spaces, invisible characters or marks without a letter</source>
        <translation>n’affiche rien&#xa0;: il ne contient que des espaces, des caractères invisibles ou des signes sans lettre</translation>
    </message>
    <message>
        <source>holds %1 items; this list holds at most %2</source>
        <translation>contient %1 éléments&#xa0;; cette liste en compte au plus %2</translation>
    </message>
    <message>
        <source>must be %1 or less</source>
        <translation>doit valoir au plus %1</translation>
    </message>
    <message>
        <source>names the corpus file &apos;%1&apos;; readers know a source by its label</source>
        <translation>nomme le fichier du corpus «&#xa0;%1&#xa0;» ; les lecteurs connaissent une source par son libellé</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is also the label of source &apos;%2&apos;; a label tells its source apart</source>
        <translation>«&#xa0;%1&#xa0;» est aussi le libellé de la source «&#xa0;%2&#xa0;» ; un libellé distingue sa source</translation>
    </message>
    <message>
        <source>a claim dated by its report carries the publication date of a source it cites</source>
        <translation>une affirmation datée par son signalement porte la date de publication d’une source qu’elle cite</translation>
    </message>
</context>
<context>
    <name>DossierActions</name>
    <message>
        <source>&amp;New Dossier…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>Add &amp;Article…</source>
        <translation>Ajouter un &amp;article…</translation>
    </message>
    <message>
        <source>Create an empty dossier, with a folder for its articles, and open it for editing</source>
        <translation>Créer un dossier vide, avec un dossier pour ses articles, et l’ouvrir pour le modifier</translation>
    </message>
    <message>
        <source>Add a text file or a saved web page to the corpus folder, with its source</source>
        <translation>Ajouter un fichier texte ou une page web enregistrée au dossier de corpus, avec sa source</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>Le dossier %1 n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 ne peut pas être remplacé.</translation>
    </message>
    <message>
        <source>The corpus folder %1 cannot be created.</source>
        <translation>Le dossier de corpus %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>New Dossier</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Dossier databases (*.sqlite)</source>
        <translation>Bases Dossier (*.sqlite)</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>The dossier was not created.</source>
        <translation>Le dossier n’a pas été créé.</translation>
    </message>
    <message>
        <source>Add Article</source>
        <translation>Ajouter un article</translation>
    </message>
    <message>
        <source>No article can be added to this dossier.</source>
        <translation>Aucun article ne peut être ajouté à ce dossier.</translation>
    </message>
    <message>
        <source>The article was not added.</source>
        <translation>L’article n’a pas été ajouté.</translation>
    </message>
    <message>
        <source>This dossier has no corpus folder to keep the article in.</source>
        <translation>Ce dossier n’a pas de dossier de corpus où garder l’article.</translation>
    </message>
    <message>
        <source>Choose the folder that holds its articles, or an empty one.</source>
        <translation>Choisissez le dossier qui contient ses articles, ou un dossier vide.</translation>
    </message>
    <message>
        <source>Choose Folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>Choose Corpus Folder</source>
        <translation>Choisir le dossier de corpus</translation>
    </message>
</context>
<context>
    <name>DossierSession</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>La modification n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached; reconnecting…</source>
        <translation>Le serveur %1 est injoignable&#xa0;; reconnexion…</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since it was read; nothing was saved. Their version is shown now.</source>
        <translation>%1 a été modifié par quelqu’un d’autre depuis sa lecture&#xa0;; rien n’a été enregistré. Sa version est affichée désormais.</translation>
    </message>
    <message>
        <source>The connection was lost while saving “%1”; whether it was saved will be said once the server is back.</source>
        <translation>La connexion a été perdue pendant l’enregistrement de «&#xa0;%1&#xa0;»&#xa0;; on saura s’il a été enregistré dès le retour du serveur.</translation>
    </message>
</context>
<context>
    <name>DossierStore</name>
    <message>
        <source>This dossier keeps no markup.</source>
        <translation>Ce dossier ne conserve pas d’annotations.</translation>
    </message>
</context>
<context>
    <name>DropImporter</name>
    <message>
        <source>Import Dataset</source>
        <translation>Importer un jeu de données</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported: it has %n problem(s).</source>
        <translation>
            <numerusform>%1 ne peut pas être importé&#xa0;: il comporte %n problème.</numerusform>
            <numerusform>%1 ne peut pas être importé&#xa0;: il comporte %n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Dataset into a New Database</source>
        <translation>Importer le jeu de données dans une nouvelle base</translation>
    </message>
    <message>
        <source>Dossier databases (*.sqlite)</source>
        <translation>Bases Dossier (*.sqlite)</translation>
    </message>
    <message>
        <source>The dataset was not imported:
%1</source>
        <translation>Le jeu de données n’a pas été importé&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing into %1…</source>
        <translation>Importation dans %1…</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Edit Claim…</source>
        <translation>&amp;Modifier l’affirmation…</translation>
    </message>
    <message>
        <source>&amp;Delete Claim…</source>
        <translation>&amp;Supprimer l’affirmation…</translation>
    </message>
    <message>
        <source>Select a claim first</source>
        <translation>Sélectionnez d’abord une affirmation</translation>
    </message>
    <message>
        <source>Edit the current claim&apos;s date, statement, kind and actors</source>
        <translation>Modifier la date, l’énoncé, le type et les acteurs de l’affirmation courante</translation>
    </message>
    <message>
        <source>Delete the current claim</source>
        <translation>Supprimer l’affirmation courante</translation>
    </message>
    <message>
        <source>The claim was not changed.</source>
        <translation>L’affirmation n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Delete Claim</source>
        <translation>Supprimer l’affirmation</translation>
    </message>
    <message>
        <source>Delete claim %1?</source>
        <translation>Supprimer l’affirmation %1&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing refers to it. Edit ▸ Undo brings it back.</source>
        <translation>Rien n’y renvoie. Édition ▸ Annuler la rétablit.</translation>
    </message>
    <message>
        <source>What refers to it changes too:
%1

Edit ▸ Undo brings all of it back.</source>
        <translation>Ce qui y renvoie change aussi&#xa0;:
%1

Édition ▸ Annuler rétablit le tout.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The claim was not deleted.</source>
        <translation>L’affirmation n’a pas été supprimée.</translation>
    </message>
    <message>
        <source>Save Cop&amp;y As…</source>
        <translation>Enregistrer une cop&amp;ie sous…</translation>
    </message>
    <message>
        <source>Save the dossier as it stands into a new database, and open it for editing</source>
        <translation>Enregistrer le dossier tel quel dans une nouvelle base et l’ouvrir pour le modifier</translation>
    </message>
    <message>
        <source>Save Copy As</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Dossier databases (*.sqlite)</source>
        <translation>Bases Dossier (*.sqlite)</translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation>La copie n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 ne peut pas être remplacé.</translation>
    </message>
</context>
<context>
    <name>EditRefusal</name>
    <message>
        <source>Edit Refused</source>
        <translation>Modification refusée</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>does not exist</source>
        <translation>n’existe pas</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a regular file</source>
        <translation>est un tube nommé (FIFO), pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>est une socket, pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>is a device, not a regular file</source>
        <translation>est un périphérique, pas un fichier ordinaire</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search statements and quotes (Ctrl+F)</source>
        <translation>Rechercher dans les énoncés et les citations (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Show every claim (Ctrl+Shift+X)</source>
        <translation>Afficher toutes les affirmations (Ctrl+Maj+X)</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>Acteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Years:</source>
        <translation>Années&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Add an actor…</source>
        <translation>Ajouter un acteur…</translation>
    </message>
    <message>
        <source>Type part of a name or alias; Enter adds the actor to the filter</source>
        <translation>Tapez une partie d’un nom ou d’un alias&#xa0;; Entrée ajoute l’acteur au filtre</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>First year shown (claims that overlap it count)</source>
        <translation>Première année affichée (les affirmations qui la chevauchent comptent)</translation>
    </message>
    <message>
        <source>Last year shown</source>
        <translation>Dernière année affichée</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
    <message>
        <source>Remove this actor from the filter</source>
        <translation>Retirer cet acteur du filtre</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Narrows every view to the claims that match</source>
        <translation>Restreint toutes les vues aux affirmations correspondantes</translation>
    </message>
    <message>
        <source>Add an actor</source>
        <translation>Ajouter un acteur</translation>
    </message>
    <message>
        <source>From year</source>
        <translation>Année de début</translation>
    </message>
    <message>
        <source>To year</source>
        <translation>Année de fin</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Every word must occur in the statement or a quote; case and accents are ignored</source>
        <translation>Chaque mot doit figurer dans l’énoncé ou une citation&#xa0;; la casse et les accents sont ignorés</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Remove %1 from the filter</source>
        <translation>Retirer %1 du filtre</translation>
    </message>
    <message>
        <source>Active filter: the claims shown and what narrows them</source>
        <translation>Filtre actif&#xa0;: les affirmations affichées et ce qui les restreint</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <source>Kinds:</source>
        <translation>Types&#xa0;:</translation>
    </message>
    <message>
        <source>In conflict:</source>
        <translation>En contradiction&#xa0;:</translation>
    </message>
    <message>
        <source>Sourcing:</source>
        <translation>Sourçage&#xa0;:</translation>
    </message>
    <message>
        <source>Claimed by:</source>
        <translation>Affirmé par&#xa0;:</translation>
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
            <numerusform>%n type</numerusform>
            <numerusform>%n types</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>single</source>
        <translation>unique</translation>
    </message>
    <message>
        <source>several</source>
        <translation>plusieurs</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>n’importe qui</translation>
    </message>
    <message numerus="yes">
        <source>%n claimants</source>
        <translation>
            <numerusform>%n auteur</numerusform>
            <numerusform>%n auteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>reported as fact</source>
        <translation>rapporté comme un fait</translation>
    </message>
    <message>
        <source>Only the claims cited from these articles</source>
        <translation>Seulement les affirmations citées de ces articles</translation>
    </message>
    <message>
        <source>Only the claims of these kinds</source>
        <translation>Seulement les affirmations de ces types</translation>
    </message>
    <message>
        <source>Claims in a recorded conflict with another, or in none</source>
        <translation>Les affirmations en contradiction relevée avec une autre, ou en aucune</translation>
    </message>
    <message>
        <source>Claims resting on a single source, or on several</source>
        <translation>Les affirmations qui reposent sur une seule source, ou sur plusieurs</translation>
    </message>
    <message>
        <source>Only the claims these actors make, or that the articles report as fact</source>
        <translation>Seulement les affirmations de ces acteurs, ou celles que les articles rapportent comme un fait</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Key claims only</source>
        <translation>Affirmations clés seulement</translation>
    </message>
    <message numerus="yes">
        <source>%n tags</source>
        <translation>
            <numerusform>%n étiquette</numerusform>
            <numerusform>%n étiquettes</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the claims you starred as key (Edit ▸ Mark as Key Claim)</source>
        <translation>Seulement les affirmations que vous avez marquées comme clés (Édition ▸ Marquer comme affirmation clé)</translation>
    </message>
    <message>
        <source>Only the claims with any of these tags of yours</source>
        <translation>Seulement les affirmations portant l’une de ces étiquettes à vous</translation>
    </message>
</context>
<context>
    <name>FilterState</name>
    <message>
        <source>%1 · %2 of %3 claims</source>
        <translation>%1 · %2 affirmations sur %3</translation>
    </message>
</context>
<context>
    <name>FollowNotices</name>
    <message>
        <source>Connection Back</source>
        <translation>Connexion rétablie</translation>
    </message>
    <message>
        <source>“%1” was saved before the connection was lost.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré avant la perte de la connexion.</translation>
    </message>
    <message>
        <source>“%1” was not saved: the connection was lost before it was.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été enregistré&#xa0;: la connexion a été perdue avant.</translation>
    </message>
    <message>
        <source>Dossier Out of Step</source>
        <translation>Dossier désynchronisé</translation>
    </message>
    <message>
        <source>A change made elsewhere could not be shown here. Open the dossier again to see it as it is stored.</source>
        <translation>Une modification faite ailleurs n’a pas pu être affichée ici. Rouvrez le dossier pour le voir tel qu’il est enregistré.</translation>
    </message>
</context>
<context>
    <name>HiddenClaimBar</name>
    <message>
        <source>Show It</source>
        <translation>L’afficher</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Widen the filter just enough to show this claim</source>
        <translation>Élargir le filtre juste assez pour afficher cette affirmation</translation>
    </message>
    <message>
        <source>Show every claim</source>
        <translation>Afficher toutes les affirmations</translation>
    </message>
    <message>
        <source>Keep the filter and leave this claim (Escape)</source>
        <translation>Garder le filtre et quitter cette affirmation (Échap)</translation>
    </message>
    <message>
        <source>Hidden claim</source>
        <translation>Affirmation masquée</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Keep the filter</source>
        <translation>Garder le filtre</translation>
    </message>
    <message>
        <source>%1 is hidden by the current filter: the timeline and the table do not show it.</source>
        <translation>%1 est masquée par le filtre actuel&#xa0;: la frise chronologique et le tableau ne l’affichent pas.</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>The selected claim&apos;s fields and the history of its changes</source>
        <translation>Les champs de l’affirmation sélectionnée et l’historique de ses modifications</translation>
    </message>
    <message>
        <source>Show &amp;Inspector</source>
        <translation>Afficher l’&amp;inspecteur</translation>
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
        <translation>La base est en lecture seule&#xa0;: rien n’y sera enregistré.</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Citations</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Attach Corpus Folder…</source>
        <translation>&amp;Joindre un dossier de corpus…</translation>
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
        <translation>Exporter la frise en &amp;PNG…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export Chart as P&amp;DF…</source>
        <translation>Exporter la frise en P&amp;DF…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Clear Filter</source>
        <translation>&amp;Effacer le filtre</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Désélectionner tout</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Dossier</source>
        <translation>À &amp;propos de Dossier</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>%1 of %2 claims · %3 actors · %4 sources</source>
        <translation>%1 affirmations sur %2 · %3 acteurs · %4 sources</translation>
    </message>
    <message>
        <source>No corpus attached</source>
        <translation>Aucun corpus joint</translation>
    </message>
    <message>
        <source>Corpus: %1</source>
        <translation>Corpus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attach Corpus Folder</source>
        <translation>Joindre un dossier de corpus</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Chart as PDF</source>
        <translation>Exporter la frise en PDF</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Exporter la frise en PNG</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>frise</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Frise enregistrée dans %1</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter la frise</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>La frise n’a pas pu être écrite dans %1.</translation>
    </message>
    <message>
        <source>About Dossier</source>
        <translation>À propos de Dossier</translation>
    </message>
    <message>
        <source>The dispute&apos;s claims: filter, timeline, table, actors and citations</source>
        <translation>Les affirmations du litige&#xa0;: filtre, frise, tableau, acteurs et citations</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Counts of the claims shown and the corpus</source>
        <translation>Nombre d’affirmations affichées et corpus</translation>
    </message>
    <message>
        <source>Everyone the claims involve, with their counts</source>
        <translation>Toutes les personnes et entités impliquées, avec leurs décomptes</translation>
    </message>
    <message>
        <source>The selected claim&apos;s sources and quotes</source>
        <translation>Les sources et citations de l’affirmation sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Go to &amp;Timeline</source>
        <translation>Aller à la &amp;frise</translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <source>Go to Claims &amp;Table</source>
        <translation>Aller au &amp;tableau des affirmations</translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <source>Go to &amp;Actors</source>
        <translation>Aller aux &amp;acteurs</translation>
    </message>
    <message>
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <source>Go to C&amp;itations</source>
        <translation>Aller aux c&amp;itations</translation>
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
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>About the &amp;Sources</source>
        <translation>À propos des &amp;sources</translation>
    </message>
    <message>
        <source>Corpus attached: %1</source>
        <translation>Corpus joint&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>Dossier databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases Dossier (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About the Sources</source>
        <translation>À propos des sources</translation>
    </message>
    <message>
        <source>&amp;Copy Claims with Quotes</source>
        <translation>&amp;Copier les affirmations et leurs citations</translation>
    </message>
    <message>
        <source>Copy the selected claims with their dates, quotes and sources, as text and as formatted text for a memo</source>
        <translation>Copier les affirmations sélectionnées avec leurs dates, citations et sources, en texte brut et en texte mis en forme pour une note</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Go back to the claim selected before</source>
        <translation>Revenir à l’affirmation sélectionnée auparavant</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Go forward again to the claim selected after</source>
        <translation>Aller de nouveau à l’affirmation sélectionnée ensuite</translation>
    </message>
    <message>
        <source>Counts of the claims shown, actors and sources</source>
        <translation>Nombre d’affirmations affichées, d’acteurs et de sources</translation>
    </message>
    <message>
        <source>The folder of articles the quotes are checked in</source>
        <translation>Le dossier d’articles où les citations sont vérifiées</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n claim(s) to %1</source>
        <translation>
            <numerusform>%n affirmation exportée vers %1</numerusform>
            <numerusform>%n affirmations exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>The dispute in brief, under the filter</source>
        <translation>Le différend en bref, selon le filtre</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d’ensemble</translation>
    </message>
    <message>
        <source>Alt+0</source>
        <translation>Alt+0</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Contradictions</translation>
    </message>
    <message>
        <source>Each recorded conflict with its claims side by side</source>
        <translation>Chaque contradiction relevée, ses affirmations côte à côte</translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation>Co&amp;ntradictions</translation>
    </message>
    <message>
        <source>Alt+9</source>
        <translation>Alt+9</translation>
    </message>
    <message>
        <source>View “%1” applied</source>
        <translation>Vue «&#xa0;%1&#xa0;» appliquée</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>No database is open: edits could not be saved.</source>
        <translation>Aucune base n’est ouverte&#xa0;: les modifications ne pourraient pas être enregistrées.</translation>
    </message>
    <message>
        <source>The database cannot be opened for editing: %1</source>
        <translation>La base ne peut pas être ouverte pour modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Team dossier: %1</source>
        <translation>Dossier d’équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server the dossier is kept and saved on</source>
        <translation>Le serveur où le dossier est conservé et enregistré</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Dossier…</source>
        <translation>Se connecter à un dossier d’é&amp;quipe…</translation>
    </message>
</context>
<context>
    <name>MarkupActions</name>
    <message>
        <source>Mark as &amp;Key Claim</source>
        <translation>Marquer comme affirmation &amp;clé</translation>
    </message>
    <message>
        <source>&amp;Tag Claims…</source>
        <translation>É&amp;tiqueter les affirmations…</translation>
    </message>
    <message>
        <source>Remove T&amp;ag…</source>
        <translation>Retirer une éti&amp;quette…</translation>
    </message>
    <message>
        <source>&amp;Note…</source>
        <translation>&amp;Annoter…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Select a claim first</source>
        <translation>Sélectionnez d’abord une affirmation</translation>
    </message>
    <message>
        <source>Star the selected claims as key, or take their star off</source>
        <translation>Marquer d’une étoile les affirmations sélectionnées comme clés, ou retirer leur étoile</translation>
    </message>
    <message>
        <source>Tag the selected claims with one of your issues</source>
        <translation>Étiqueter les affirmations sélectionnées avec l’une de vos questions</translation>
    </message>
    <message>
        <source>Take a tag off the selected claims</source>
        <translation>Retirer une étiquette des affirmations sélectionnées</translation>
    </message>
    <message>
        <source>Write a private note on the current claim</source>
        <translation>Écrire une note privée sur l’affirmation courante</translation>
    </message>
    <message>
        <source>Unstar %1</source>
        <translation>Retirer l’étoile de %1</translation>
    </message>
    <message>
        <source>Star %1 as key</source>
        <translation>Marquer %1 comme clé</translation>
    </message>
    <message numerus="yes">
        <source>Unstar %n claims</source>
        <translation>
            <numerusform>Retirer l’étoile de %n affirmation</numerusform>
            <numerusform>Retirer l’étoile de %n affirmations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Star %n claims as key</source>
        <translation>
            <numerusform>Marquer %n affirmation comme clé</numerusform>
            <numerusform>Marquer %n affirmations comme clés</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag %1 with “%2”</source>
        <translation>Étiqueter %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n claims with “%1”</source>
        <translation>
            <numerusform>Étiqueter %n affirmation «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Étiqueter %n affirmations «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tag “%2” from %1</source>
        <translation>Retirer l’étiquette «&#xa0;%2&#xa0;» de %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove tag “%1” from %n claims</source>
        <translation>
            <numerusform>Retirer l’étiquette «&#xa0;%1&#xa0;» de %n affirmation</numerusform>
            <numerusform>Retirer l’étiquette «&#xa0;%1&#xa0;» de %n affirmations</numerusform>
        </translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Note sur %1</translation>
    </message>
    <message>
        <source>Tag Claims</source>
        <translation>Étiqueter les affirmations</translation>
    </message>
    <message>
        <source>Tag the selected claims with:</source>
        <translation>Étiqueter les affirmations sélectionnées avec&#xa0;:</translation>
    </message>
    <message>
        <source>The selected claims have no tags.</source>
        <translation>Les affirmations sélectionnées n’ont pas d’étiquette.</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Retirer une étiquette</translation>
    </message>
    <message>
        <source>Take this tag off the selected claims:</source>
        <translation>Retirer cette étiquette des affirmations sélectionnées&#xa0;:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Your private note on %1 (never part of the evidence):</source>
        <translation>Votre note privée sur %1 (jamais versée aux preuves)&#xa0;:</translation>
    </message>
    <message>
        <source>Markup Refused</source>
        <translation>Annotation refusée</translation>
    </message>
    <message>
        <source>The markup was not saved.</source>
        <translation>L’annotation n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Ta&amp;g Colours…</source>
        <translation>C&amp;ouleurs des étiquettes…</translation>
    </message>
    <message>
        <source>No claim is tagged yet</source>
        <translation>Aucune affirmation n’a encore d’étiquette</translation>
    </message>
    <message>
        <source>Choose the colour each of your tags is shown in</source>
        <translation>Choisir la couleur de chacune de vos étiquettes</translation>
    </message>
</context>
<context>
    <name>MarkupJson</name>
    <message>
        <source>%1: unknown field &quot;%2&quot;</source>
        <translation>%1&#xa0;: champ inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>not JSON at byte %1: %2</source>
        <translation>pas du JSON à l’octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the markup must be a JSON object</source>
        <translation>les annotations doivent être un objet JSON</translation>
    </message>
    <message>
        <source>markup</source>
        <translation>annotations</translation>
    </message>
    <message>
        <source>markup: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>annotations&#xa0;: «&#xa0;format&#xa0;» doit valoir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>markup: &quot;version&quot; must be %1</source>
        <translation>annotations&#xa0;: «&#xa0;version&#xa0;» doit valoir %1</translation>
    </message>
    <message>
        <source>markup: &quot;claims&quot; must be a list</source>
        <translation>annotations&#xa0;: «&#xa0;claims&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <source>claims[%1]</source>
        <translation>claims[%1]</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1&#xa0;: doit être un objet</translation>
    </message>
    <message>
        <source>%1: &quot;claim&quot; must be a claim id</source>
        <translation>%1&#xa0;: «&#xa0;claim&#xa0;» doit être un identifiant d’affirmation</translation>
    </message>
    <message>
        <source>%1: claim %2 has markup twice</source>
        <translation>%1&#xa0;: l’affirmation %2 est annotée deux fois</translation>
    </message>
    <message>
        <source>%1: &quot;key&quot; must be true or false</source>
        <translation>%1&#xa0;: «&#xa0;key&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <source>%1: &quot;note&quot; must be text</source>
        <translation>%1&#xa0;: «&#xa0;note&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <source>%1: &quot;tags&quot; must be a list</source>
        <translation>%1&#xa0;: «&#xa0;tags&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <source>a tag must be text</source>
        <translation>une étiquette doit être du texte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>markup: &quot;tagColours&quot; must be a list</source>
        <translation>annotations&#xa0;: «&#xa0;tagColours&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <source>tagColours[%1]</source>
        <translation>tagColours[%1]</translation>
    </message>
    <message>
        <source>%1: &quot;colour&quot; must be #rrggbb</source>
        <translation>%1&#xa0;: «&#xa0;colour&#xa0;» doit être de la forme #rrvvbb</translation>
    </message>
</context>
<context>
    <name>MarkupSession</name>
    <message>
        <source>No database is open: markup could not be saved.</source>
        <translation>Aucune base de données n’est ouverte&#xa0;: les annotations ne pourraient pas être enregistrées.</translation>
    </message>
</context>
<context>
    <name>MarkupTags</name>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Une étiquette ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A tag cannot hold control or formatting characters.</source>
        <translation>Une étiquette ne peut pas contenir de caractères de contrôle ou de mise en forme.</translation>
    </message>
    <message>
        <source>A tag can be at most 100 characters long.</source>
        <translation>Une étiquette compte au plus 100 caractères.</translation>
    </message>
</context>
<context>
    <name>OpenStore</name>
    <message>
        <source>%1 holds no dataset yet: import one with &apos;dossier import FILE --database …&apos;</source>
        <translation>%1 ne contient encore aucun jeu de données&#xa0;: importez-en un avec «&#xa0;dossier import FICHIER --database …&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affirmation</numerusform>
            <numerusform>%n affirmations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <translation>
            <numerusform>%1 sur %n affirmation</numerusform>
            <numerusform>%1 sur %n affirmations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n acteur</numerusform>
            <numerusform>%n acteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n actor(s)</source>
        <translation>
            <numerusform>%1 sur %n acteur</numerusform>
            <numerusform>%1 sur %n acteurs</numerusform>
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
            <numerusform>%1 sur %n source</numerusform>
            <numerusform>%1 sur %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n contradiction</numerusform>
            <numerusform>%n contradictions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n conflict(s)</source>
        <translation>
            <numerusform>%1 sur %n contradiction</numerusform>
            <numerusform>%1 sur %n contradictions</numerusform>
        </translation>
    </message>
    <message>
        <source>No claim is shown.</source>
        <translation>Aucune affirmation n’est affichée.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Span: %1</source>
        <translation>Période&#xa0;: %1</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>in the filter</source>
        <translation>dans le filtre</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the Actors list</source>
        <translation>
            <numerusform>et %n autre dans la liste des acteurs</numerusform>
            <numerusform>et %n autres dans la liste des acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>None among the claims shown.</source>
        <translation>Aucune parmi les affirmations affichées.</translation>
    </message>
    <message>
        <source>Points of conflict</source>
        <translation>Points de contradiction</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s) shown</source>
        <translation>
            <numerusform>%1 sur %n affirmation affichée</numerusform>
            <numerusform>%1 sur %n affirmations affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>The sources do not disagree about any claim shown.</source>
        <translation>Les sources ne divergent sur aucune affirmation affichée.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) resting on a single source</source>
        <translation>
            <numerusform>%n affirmation reposant sur une seule source</numerusform>
            <numerusform>%n affirmations reposant sur une seule source</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Show all claims (clear the filter)</source>
        <translation>Afficher toutes les affirmations (effacer le filtre)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more in the Conflicts view</source>
        <translation>
            <numerusform>et %n autre dans la vue des conflits</numerusform>
            <numerusform>et %n autres dans la vue des conflits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>The dispute in brief, under the filter</source>
        <translation>Le différend en bref, selon le filtre</translation>
    </message>
    <message>
        <source>Overview of the dispute</source>
        <translation>Vue d’ensemble du différend</translation>
    </message>
    <message>
        <source>Title, span, counts, parties, points of conflict and single-source claims; each link filters or selects</source>
        <translation>Titre, période, décomptes, parties, points de contradiction et affirmations à source unique&#xa0;; chaque lien filtre ou sélectionne</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <source>&apos;%1&apos; is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date ISO (AAAA, AAAA-MM ou AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a year before 1000</source>
        <translation>«&#xa0;%1&#xa0;» a une année antérieure à 1000</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no such month</source>
        <translation>«&#xa0;%1&#xa0;» a un mois qui n’existe pas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an impossible date: that month has no such day</source>
        <translation>«&#xa0;%1&#xa0;» est une date impossible&#xa0;: ce mois n’a pas ce jour</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>year known</source>
        <translation>année connue</translation>
    </message>
    <message>
        <source>month known</source>
        <translation>mois connu</translation>
    </message>
    <message>
        <source>day known</source>
        <translation>jour connu</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>AAAA, AAAA-MM ou AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>A year (2024), a month (2024-03) or a day (2024-03-05): only as much as the source tells</source>
        <translation>Une année (2024), un mois (2024-03) ou un jour (2024-03-05)&#xa0;: rien de plus que ce que dit la source</translation>
    </message>
</context>
<context>
    <name>PgConnectionFields</name>
    <message>
        <source>out of memory</source>
        <translation>mémoire épuisée</translation>
    </message>
</context>
<context>
    <name>PgStore</name>
    <message>
        <source>a text holds the character U+0000, which PostgreSQL cannot store: &quot;%1&quot;</source>
        <translation>un texte contient le caractère U+0000, que PostgreSQL ne peut pas stocker&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>connexion impossible à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation>impossible d’utiliser %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was prepared by a newer Dossier (schema %2; this program knows %3)</source>
        <translation>%1 a été préparée par un Dossier plus récent (schéma %2&#xa0;; ce programme connaît le %3)</translation>
    </message>
    <message>
        <source>the schema script %1 is missing from this build</source>
        <translation>le script de schéma %1 manque à cette version du programme</translation>
    </message>
    <message>
        <source>schema script %1 failed: %2</source>
        <translation>le script de schéma %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>no database is open</source>
        <translation>aucune base n’est ouverte</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>impossible de préparer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 stores text as %2; Dossier needs a UTF8 database (createdb -E UTF8)</source>
        <translation>%1 stocke le texte en %2&#xa0;; Dossier a besoin d’une base en UTF8 (createdb -E UTF8)</translation>
    </message>
    <message>
        <source>%1 already holds tables of its own (%2); Dossier uses a database of its own: create one (createdb) and give that</source>
        <translation>%1 contient déjà ses propres tables (%2)&#xa0;; Dossier utilise une base à lui&#xa0;: créez-en une (createdb) et indiquez-la</translation>
    </message>
    <message>
        <source>import into %1 failed, nothing was changed: %2</source>
        <translation>l’import dans %1 a échoué, rien n’a été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Dossier database yet: prepare it with &apos;dossier init&apos; or import a dataset into it</source>
        <translation>%1 n’est pas encore une base Dossier&#xa0;: préparez-la avec «&#xa0;dossier init&#xa0;» ou importez-y un jeu de données</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no dataset yet: import one with &apos;dossier import FILE --database …&apos;</source>
        <translation>%1 ne contient encore aucun jeu de données&#xa0;: importez-en un avec «&#xa0;dossier import FICHIER --database …&#xa0;»</translation>
    </message>
    <message>
        <source>%1 holds no dataset to change</source>
        <translation>%1 ne contient aucun jeu de données à modifier</translation>
    </message>
    <message>
        <source>cannot read the rights of %1: %2</source>
        <translation>impossible de lire les droits sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database user %1 may read this team dossier but not change it.</source>
        <translation>L’utilisateur de la base %1 peut lire ce dossier d’équipe mais pas le modifier.</translation>
    </message>
    <message>
        <source>the change could not be saved to %1, nothing was changed: %2</source>
        <translation>le changement n’a pas pu être enregistré dans %1, rien n’a été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the history of %1: %2</source>
        <translation>impossible de lire l’historique de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the connection to %1 was lost while saving: %2</source>
        <translation>la connexion à %1 a été perdue pendant l’enregistrement&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached; reconnecting…</source>
        <translation>Le serveur %1 est injoignable&#xa0;; reconnexion…</translation>
    </message>
    <message>
        <source>%1 holds no dataset to mark up</source>
        <translation>%1 ne contient aucun jeu de données à annoter</translation>
    </message>
    <message>
        <source>The database user %1 may read this team dossier but not mark it up.</source>
        <translation>L’utilisateur de la base %1 peut lire ce dossier d’équipe mais pas l’annoter.</translation>
    </message>
    <message>
        <source>cannot read the markup of %1: %2</source>
        <translation>impossible de lire les annotations de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the markup could not be saved to %1, nothing was changed: %2</source>
        <translation>les annotations n’ont pas pu être enregistrées dans %1, rien n’a été modifié&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Corpus folder, page size, start-up filter, language and theme</source>
        <translation>Dossier de corpus, format de page, filtre au démarrage, langue et thème</translation>
    </message>
    <message>
        <source>No corpus attached</source>
        <translation>Aucun corpus joint</translation>
    </message>
    <message>
        <source>Corpus folder</source>
        <translation>Dossier de corpus</translation>
    </message>
    <message>
        <source>The folder holding your own copies of the articles&apos; full texts</source>
        <translation>Le dossier contenant vos propres copies du texte intégral des articles</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Browse for the corpus folder</source>
        <translation>Parcourir pour choisir le dossier de corpus</translation>
    </message>
    <message>
        <source>Choose the corpus folder in a file dialog</source>
        <translation>Choisir le dossier de corpus dans une boîte de dialogue</translation>
    </message>
    <message>
        <source>From the locale</source>
        <translation>Selon la région</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <source>The paper the report is printed or saved on</source>
        <translation>Le papier sur lequel le rapport est imprimé ou enregistré</translation>
    </message>
    <message>
        <source>Restore the last filter</source>
        <translation>Reprendre le dernier filtre</translation>
    </message>
    <message>
        <source>Start with all claims</source>
        <translation>Commencer avec toutes les affirmations</translation>
    </message>
    <message>
        <source>Filter at start-up</source>
        <translation>Filtre au démarrage</translation>
    </message>
    <message>
        <source>What the dashboard shows when it opens</source>
        <translation>Ce que le tableau de bord affiche à l’ouverture</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the interface and the report</source>
        <translation>La langue de l’interface et du rapport</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Light or dark colours</source>
        <translation>Couleurs claires ou sombres</translation>
    </message>
    <message>
        <source>&amp;Corpus folder:</source>
        <translation>Dossier de &amp;corpus&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Format de page&#xa0;:</translation>
    </message>
    <message>
        <source>At &amp;start-up:</source>
        <translation>Au &amp;démarrage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language takes effect when Dossier restarts.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de Dossier.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Corpus Folder</source>
        <translation>Dossier de corpus</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>%1, field &apos;%2&apos;: </source>
        <translation>%1, champ «&#xa0;%2&#xa0;»&#xa0;: </translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: </source>
        <translation>champ «&#xa0;%1&#xa0;»&#xa0;: </translation>
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
        <translation>La base de données n’a pas pu être ouverte&#xa0;:
%1

Dossier affiche à la place le jeu de données intégré&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base</translation>
    </message>
    <message>
        <source>The database could not be opened:
%1

The file was left untouched.</source>
        <translation>La base de données n’a pas pu être ouverte&#xa0;:
%1

Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled; this is the bundled dataset.</source>
        <translation>L’ouverture de %1 a été annulée&#xa0;; voici le jeu de données fourni.</translation>
    </message>
    <message>
        <source>Connect to Team Dossier</source>
        <translation>Se connecter à un dossier d’équipe</translation>
    </message>
    <message>
        <source>The team dossier could not be opened:
%1</source>
        <translation>Le dossier d’équipe n’a pas pu être ouvert&#xa0;:
%1</translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation>&amp;Modifier la connexion…</translation>
    </message>
</context>
<context>
    <name>QuoteAnchor</name>
    <message>
        <source>The selection holds no text to quote</source>
        <translation>La sélection ne contient aucun texte à citer</translation>
    </message>
    <message>
        <source>The selection runs from paragraph %1 to paragraph %2; a quote stands within one paragraph</source>
        <translation>La sélection va du paragraphe %1 au paragraphe %2&#xa0;; une citation tient dans un seul paragraphe</translation>
    </message>
    <message>
        <source>The article has no paragraph %1; it has %2</source>
        <translation>L’article n’a pas de paragraphe %1&#xa0;; il en a %2</translation>
    </message>
    <message>
        <source>The selection runs past paragraph %1; a quote stands within one paragraph</source>
        <translation>La sélection déborde du paragraphe %1&#xa0;; une citation tient dans un seul paragraphe</translation>
    </message>
    <message>
        <source>The passage is %1 characters long; a quote holds at most %2. Select the words that carry the claim.</source>
        <translation>Le passage compte %1 caractères&#xa0;; une citation en compte au plus %2. Sélectionnez les mots qui portent l’affirmation.</translation>
    </message>
    <message>
        <source>These words occur %1 times in the article, and no words around them within paragraph %2 tell this place apart; select a longer passage</source>
        <translation>Ces mots figurent %1 fois dans l’article, et aucun mot autour d’eux dans le paragraphe %2 ne distingue cet endroit&#xa0;; sélectionnez un passage plus long</translation>
    </message>
</context>
<context>
    <name>QuotePlacement</name>
    <message>
        <source>paragraph %1 does not exist; %2 has %3</source>
        <translation>le paragraphe %1 n’existe pas&#xa0;; %2 en a %3</translation>
    </message>
    <message>
        <source>the quote is not found verbatim in source %1</source>
        <translation>la citation ne figure pas mot pour mot dans la source %1</translation>
    </message>
    <message>
        <source>the quote occurs %1 times in source %2; add a prefix or suffix</source>
        <translation>la citation apparaît %1 fois dans la source %2&#xa0;; ajoutez un préfixe ou un suffixe</translation>
    </message>
    <message>
        <source>the quote stands in paragraph %1, not %2</source>
        <translation>la citation se trouve au paragraphe %1, pas au %2</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Aucune base récente</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Vider la liste</translation>
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
        <translation>l’affirmation %1 le nomme comme acteur</translation>
    </message>
    <message>
        <source>claim %1 names it as claimant</source>
        <translation>l’affirmation %1 le nomme comme auteur de l’affirmation</translation>
    </message>
    <message numerus="yes">
        <source>claim %1 cites it %n time(s)</source>
        <translation>
            <numerusform>l’affirmation %1 la cite %n fois</numerusform>
            <numerusform>l’affirmation %1 la cite %n fois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>(no chart in this build)</source>
        <translation>(pas de graphique dans cette version)</translation>
    </message>
    <message>
        <source>Dispute summary</source>
        <translation>Synthèse du litige</translation>
    </message>
    <message>
        <source>%1 claim</source>
        <translation>%1 affirmation</translation>
    </message>
    <message>
        <source>%1 claims</source>
        <translation>%1 affirmations</translation>
    </message>
    <message>
        <source>%1 actor</source>
        <translation>%1 acteur</translation>
    </message>
    <message>
        <source>%1 actors</source>
        <translation>%1 acteurs</translation>
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
        <translation>%1 contradiction</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 contradictions</translation>
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
        <translation>RAPPORT DE SYNTHÈSE DU LITIGE</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filtre&#xa0;:</translation>
    </message>
    <message>
        <source>Generated on:</source>
        <translation>Généré le&#xa0;:</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Jeu de données&#xa0;:</translation>
    </message>
    <message>
        <source>“%1”, version %2</source>
        <translation>«&#xa0;%1&#xa0;», version %2</translation>
    </message>
    <message>
        <source>Dataset SHA-256:</source>
        <translation>SHA-256 du jeu de données&#xa0;:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Décomptes&#xa0;:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>This report covers %1 involving %2, dated %3, as cited from %4. The sources disagree on %5.</source>
        <translation>Ce rapport couvre %1 impliquant %2, datées de %3, telles que citées dans %4. Les sources divergent sur %5.</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>Parties&#xa0;:</translation>
    </message>
    <message>
        <source>Span of time:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Affirmations&#xa0;:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <source>Open conflicts:</source>
        <translation>Contradictions en suspens&#xa0;:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Claims in date order; a date shows only what the sources give (year, month or day). Superscript numbers refer to the notes.</source>
        <translation>Affirmations par ordre de date&#xa0;; une date ne montre que ce que donnent les sources (année, mois ou jour). Les numéros en exposant renvoient aux notes.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>According to %1</source>
        <translation>Selon %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>Protagonistes</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Points of conflict</source>
        <translation>Points de contradiction</translation>
    </message>
    <message>
        <source>The sources do not disagree about any claim in this report.</source>
        <translation>Les sources ne divergent sur aucune affirmation de ce rapport.</translation>
    </message>
    <message>
        <source>Also in this conflict, outside the filter: %1.</source>
        <translation>Également dans cette contradiction, hors du filtre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Author not given</source>
        <translation>Auteur non indiqué</translation>
    </message>
    <message>
        <source>Published %1.</source>
        <translation>Publié en %1.</translation>
    </message>
    <message>
        <source>File %1 · SHA-256 </source>
        <translation>Fichier %1 · SHA-256 </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>paragraph %1</source>
        <translation>paragraphe %1</translation>
    </message>
    <message>
        <source>claim %1</source>
        <translation>affirmation %1</translation>
    </message>
    <message>
        <source>No claims</source>
        <translation>Aucune affirmation</translation>
    </message>
    <message>
        <source>No claim in the dataset matches this filter, so this report has nothing to show. Widen the filter (fewer actors, kinds or search words, a longer span of years) and print it again.</source>
        <translation>Aucune affirmation du jeu de données ne correspond à ce filtre&#xa0;; ce rapport n’a donc rien à montrer. Élargissez le filtre (moins d’acteurs, de types ou de mots recherchés, une période plus longue) puis imprimez-le de nouveau.</translation>
    </message>
    <message>
        <source>cannot start painting on the printer or file</source>
        <translation>impossible de commencer à dessiner sur l’imprimante ou le fichier</translation>
    </message>
    <message>
        <source>the printer or file refused page %1</source>
        <translation>l’imprimante ou le fichier a refusé la page %1</translation>
    </message>
    <message>
        <source>the printer or file did not accept the report</source>
        <translation>l’imprimante ou le fichier n’a pas accepté le rapport</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2; the file was left as it was</source>
        <translation>impossible d’écrire %1&#xa0;: %2&#xa0;; le fichier est resté tel quel</translation>
    </message>
    <message>
        <source>Generated %1 · dataset version %2</source>
        <translation>Généré le %1 · jeu de données version %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>cannot write %1: it %2</source>
        <translation>impossible d’écrire %1&#xa0;: ce chemin %2</translation>
    </message>
    <message>
        <source>Dating: %1</source>
        <translation>Datation : %1</translation>
    </message>
    <message>
        <source>About this source: %1</source>
        <translation>À propos de cette source : %1</translation>
    </message>
    <message>
        <source>key claim</source>
        <translation>affirmation clé</translation>
    </message>
    <message>
        <source>tags: %1</source>
        <translation>étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Marked up: %1</source>
        <translation>Annoté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the summary report of the claims the filter shows</source>
        <translation>Imprimer le rapport de synthèse des affirmations affichées par le filtre</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Preview the summary report page by page</source>
        <translation>Prévisualiser le rapport de synthèse page par page</translation>
    </message>
    <message>
        <source>&amp;Export Report as PDF…</source>
        <translation>&amp;Exporter le rapport en PDF…</translation>
    </message>
    <message>
        <source>Save the summary report as a PDF file</source>
        <translation>Enregistrer le rapport de synthèse dans un fichier PDF</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Mise en page du rapport…</translation>
    </message>
    <message>
        <source>The report could not be printed: %1</source>
        <translation>Le rapport n’a pas pu être imprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dispute summary report</source>
        <translation>Rapport de synthèse du litige</translation>
    </message>
    <message>
        <source>dispute-report.pdf</source>
        <translation>rapport-litige.pdf</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>The report was not saved. %1</source>
        <translation>Le rapport n’a pas été enregistré. %1</translation>
    </message>
</context>
<context>
    <name>SavedViewsMenu</name>
    <message>
        <source>Saved &amp;Views</source>
        <translation>&amp;Vues enregistrées</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>&amp;Enregistrer la vue actuelle…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Keep the filter, the timeline&apos;s lanes and its dates under a name</source>
        <translation>Garder le filtre, les couloirs de la frise et ses dates sous un nom</translation>
    </message>
    <message>
        <source>&amp;Manage Views…</source>
        <translation>&amp;Gérer les vues…</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Save Current View</source>
        <translation>Enregistrer la vue actuelle</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nom de la vue&#xa0;:</translation>
    </message>
    <message>
        <source>A view named “%1” exists. Replace it?</source>
        <translation>Une vue nommée «&#xa0;%1&#xa0;» existe déjà. La remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Saved Views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>&amp;Views:</source>
        <translation>&amp;Vues&#xa0;:</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
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
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every menu action and its shortcut</source>
        <translation>Chaque action des menus et son raccourci</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>SourceEditActions</name>
    <message>
        <source>Ed&amp;it Source…</source>
        <translation>Modif&amp;ier la source…</translation>
    </message>
    <message>
        <source>Dele&amp;te Source…</source>
        <translation>Supprimer la sour&amp;ce…</translation>
    </message>
    <message>
        <source>The dossier has no source yet</source>
        <translation>Le dossier n’a encore aucune source</translation>
    </message>
    <message>
        <source>Edit a source&apos;s label, outlet, title, author, date, language and notes</source>
        <translation>Modifier le libellé, le média, le titre, l’auteur, la date, la langue et les notes d’une source</translation>
    </message>
    <message>
        <source>Delete a source no claim cites</source>
        <translation>Supprimer une source qu’aucune affirmation ne cite</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>Modifier la source</translation>
    </message>
    <message>
        <source>The source was not changed.</source>
        <translation>La source n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Delete Source</source>
        <translation>Supprimer la source</translation>
    </message>
    <message>
        <source>Delete source %1?</source>
        <translation>Supprimer la source %1&#xa0;?</translation>
    </message>
    <message>
        <source>No claim cites it. Its file stays in the corpus folder. Edit ▸ Undo brings it back.</source>
        <translation>Aucune affirmation ne la cite. Son fichier reste dans le dossier du corpus. Édition ▸ Annuler la rétablit.</translation>
    </message>
    <message>
        <source>It cannot be deleted while claims cite it:
%1

Remove those citations, or delete those claims, first.</source>
        <translation>Elle ne peut pas être supprimée tant que des affirmations la citent&#xa0;:
%1

Retirez d’abord ces citations, ou supprimez ces affirmations.</translation>
    </message>
    <message>
        <source>The source was not deleted.</source>
        <translation>La source n’a pas été supprimée.</translation>
    </message>
</context>
<context>
    <name>SourceEditDialog</name>
    <message>
        <source>Edit Source %1</source>
        <translation>Modifier la source %1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Fix the problems listed first</source>
        <translation>Corrigez d’abord les problèmes signalés</translation>
    </message>
</context>
<context>
    <name>SourceForm</name>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Média&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>A&amp;uteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Publié le&#xa0;:</translation>
    </message>
    <message>
        <source>How the &amp;date is known:</source>
        <translation>Comment la &amp;date est connue&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Corpus &amp;file:</source>
        <translation>&amp;Fichier du corpus&#xa0;:</translation>
    </message>
    <message>
        <source>How readers will know it, e.g. Le Monde, March 2024</source>
        <translation>Ce qui la désigne pour les lecteurs, par ex. Le Monde, mars 2024</translation>
    </message>
    <message>
        <source>Empty when unknown</source>
        <translation>Vide s’il est inconnu</translation>
    </message>
    <message>
        <source>Empty when the article states its date; otherwise how it was inferred</source>
        <translation>Vide si l’article donne sa date&#xa0;; sinon, comment elle a été déduite</translation>
    </message>
    <message>
        <source>A language tag: fr, en, de-CH…</source>
        <translation>Une étiquette de langue&#xa0;: fr, en, de-CH…</translation>
    </message>
    <message>
        <source>What a reader weighing the source should know</source>
        <translation>Ce que doit savoir un lecteur qui pèse la source</translation>
    </message>
    <message>
        <source>must not be empty: give the year at least</source>
        <translation>ne doit pas être vide&#xa0;: donnez au moins l’année</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TagColoursDialog</name>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>Tag Colour</source>
        <translation>Couleur de l’étiquette</translation>
    </message>
    <message>
        <source>Tag Colours</source>
        <translation>Couleurs des étiquettes</translation>
    </message>
    <message>
        <source>The colour each of your tags is shown in, in the inspector and the filter bar.</source>
        <translation>La couleur de chacune de vos étiquettes, dans l’inspecteur et la barre de filtres.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Show the tag in its default colour again</source>
        <translation>Afficher de nouveau l’étiquette dans sa couleur par défaut</translation>
    </message>
    <message>
        <source>Default colour %1</source>
        <translation>Couleur par défaut %1</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Couleur %1</translation>
    </message>
    <message>
        <source>Change colour of tag “%1”</source>
        <translation>Changer la couleur de l’étiquette «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Change colours of %n tags</source>
        <translation>
            <numerusform>Changer la couleur de %n étiquette</numerusform>
            <numerusform>Changer les couleurs de %n étiquettes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamConnectDialog</name>
    <message>
        <source>Connect to Team Dossier</source>
        <translation>Se connecter à un dossier d’équipe</translation>
    </message>
    <message>
        <source>A team dossier lives on a PostgreSQL server. Give a service from your pg_service.conf, or the server, database and user. Empty fields take libpq&apos;s defaults (PGHOST, PGUSER and the like).</source>
        <translation>Un dossier d’équipe se trouve sur un serveur PostgreSQL. Indiquez un service de votre pg_service.conf, ou le serveur, la base et l’utilisateur. Les champs vides prennent les valeurs par défaut de libpq (PGHOST, PGUSER, etc.).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>socket local</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>votre nom de connexion</translation>
    </message>
    <message>
        <source>the user&apos;s name</source>
        <translation>le nom de l’utilisateur</translation>
    </message>
    <message>
        <source>libpq&apos;s default (prefer)</source>
        <translation>par défaut de libpq (prefer)</translation>
    </message>
    <message>
        <source>from ~/.pgpass</source>
        <translation>depuis ~/.pgpass</translation>
    </message>
    <message>
        <source>Used for this connection only; Dossier never saves it. Leave it empty to use ~/.pgpass or PGPASSWORD.</source>
        <translation>Utilisé pour cette connexion seulement&#xa0;; Dossier ne l’enregistre jamais. Laissez-le vide pour utiliser ~/.pgpass ou PGPASSWORD.</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation>Mode SS&amp;L&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Give a service, a host or a database.</source>
        <translation>Indiquez un service, un hôte ou une base de données.</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>holds %1, a control character, at character %2</source>
        <translation>contient %1, un caractère de contrôle, au caractère %2</translation>
    </message>
    <message>
        <source>holds %1, a Unicode noncharacter, at character %2</source>
        <translation>contient %1, un non-caractère Unicode, au caractère %2</translation>
    </message>
    <message>
        <source>holds %1, half a UTF-16 surrogate pair, at character %2</source>
        <translation>contient %1, une moitié de paire de substitution UTF-16, au caractère %2</translation>
    </message>
    <message>
        <source>holds %1 (a tab or line break) at character %2; this field is one line</source>
        <translation>contient %1 (une tabulation ou un saut de ligne) au caractère %2&#xa0;; ce champ tient sur une ligne</translation>
    </message>
    <message>
        <source>holds the direction control %1 at character %2 without its pair: embeddings, overrides and isolates close within the field</source>
        <translation>contient la commande de direction %1 au caractère %2 sans sa paire&#xa0;: enchâssements, forçages et isolats se ferment dans le champ</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt; — plotted by:</source>
        <translation>&lt;b&gt;Frise&lt;/b&gt; — placée selon&#xa0;:</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>La date des faits</translation>
    </message>
    <message>
        <source>When it was reported</source>
        <translation>La date de publication</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>En contradiction</translation>
    </message>
    <message>
        <source>(no actor)</source>
        <translation>(aucun acteur)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 · actors: %2</source>
        <translation>%1 · acteurs&#xa0;: %2</translation>
    </message>
    <message>
        <source>Timeline of claims</source>
        <translation>Frise des affirmations</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) plotted by date, one lane per actor</source>
        <translation>
            <numerusform>%n affirmation placée par date, une ligne par acteur</numerusform>
            <numerusform>%n affirmations placées par date, une ligne par acteur</numerusform>
        </translation>
    </message>
    <message>
        <source>Place each claim at the date it happened (Ctrl+1)</source>
        <translation>Placer chaque affirmation à la date des faits (Ctrl+1)</translation>
    </message>
    <message>
        <source>Place each claim at the date its sources were published (Ctrl+2)</source>
        <translation>Placer chaque affirmation à la date de publication de ses sources (Ctrl+2)</translation>
    </message>
    <message>
        <source>Timeline lanes</source>
        <translation>Couloirs de la frise</translation>
    </message>
    <message>
        <source>Scroll through the lanes that do not fit</source>
        <translation>Faire défiler les couloirs qui ne tiennent pas</translation>
    </message>
    <message numerus="yes">
        <source>%n more claim(s) here, stacked beyond the rows this lane has room for. Click to select them.</source>
        <translation>
            <numerusform>%n autre affirmation ici, empilée au-delà des rangées que ce couloir peut montrer. Cliquer pour la sélectionner.</numerusform>
            <numerusform>%n autres affirmations ici, empilées au-delà des rangées que ce couloir peut montrer. Cliquer pour les sélectionner.</numerusform>
        </translation>
    </message>
    <message>
        <source>no claims</source>
        <translation>aucune affirmation</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affirmation</numerusform>
            <numerusform>%n affirmations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n couloir</numerusform>
            <numerusform>%n couloirs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 in %4 · plotted by %5</source>
        <translation>%1 · %2 · %3 dans %4 · placées %5</translation>
    </message>
    <message>
        <source>when it happened</source>
        <translation>quand cela s’est produit</translation>
    </message>
    <message>
        <source>when it was reported</source>
        <translation>quand cela a été rapporté</translation>
    </message>
    <message>
        <source>Select this claim everywhere</source>
        <translation>Sélectionner cette affirmation partout</translation>
    </message>
    <message>
        <source>&amp;Lanes:</source>
        <translation>&amp;Couloirs :</translation>
    </message>
    <message>
        <source>By actor</source>
        <translation>Par acteur</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Par source</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Par type</translation>
    </message>
    <message>
        <source>One lane</source>
        <translation>Un seul couloir</translation>
    </message>
    <message>
        <source>What each lane of the timeline holds</source>
        <translation>Ce que contient chaque couloir de la frise</translation>
    </message>
    <message>
        <source>Lanes %1–%2 of %3</source>
        <translation>Couloirs %1 à %2 sur %3</translation>
    </message>
    <message>
        <source>The lanes that do not fit are reached with the scroll bar beside the chart, or by dragging it up or down</source>
        <translation>Les couloirs qui ne tiennent pas s’atteignent avec la barre de défilement à côté de la frise, ou en la faisant glisser vers le haut ou le bas</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>(sans source)</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>Toutes les affirmations</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) plotted by date, one lane per source</source>
        <translation>
            <numerusform>%n affirmation placée par date, un couloir par source</numerusform>
            <numerusform>%n affirmations placées par date, un couloir par source</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) plotted by date, one lane per kind</source>
        <translation>
            <numerusform>%n affirmation placée par date, un couloir par type</numerusform>
            <numerusform>%n affirmations placées par date, un couloir par type</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) plotted by date in one lane</source>
        <translation>
            <numerusform>%n affirmation placée par date dans un seul couloir</numerusform>
            <numerusform>%n affirmations placées par date dans un seul couloir</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Ordre&#xa0;:</translation>
    </message>
    <message>
        <source>Most claims</source>
        <translation>Plus d’affirmations</translation>
    </message>
    <message>
        <source>First appearance</source>
        <translation>Première apparition</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Which lane comes first: the one with the most claims, the one whose first claim is earliest, or by name</source>
        <translation>Quel couloir vient en premier&#xa0;: celui qui a le plus d’affirmations, celui dont la première affirmation est la plus ancienne, ou par nom</translation>
    </message>
    <message numerus="yes">
        <source>%n more lane(s) not drawn, the actors with the fewest claims;</source>
        <translation>
            <numerusform>%n autre couloir non dessiné, celui de l’acteur qui a le moins d’affirmations&#xa0;;</numerusform>
            <numerusform>%n autres couloirs non dessinés, ceux des acteurs qui ont le moins d’affirmations&#xa0;;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) are on none of the lanes drawn.</source>
        <translation>
            <numerusform>%n affirmation ne figure sur aucun des couloirs dessinés.</numerusform>
            <numerusform>%n affirmations ne figurent sur aucun des couloirs dessinés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims over time</source>
        <translation>Affirmations dans le temps</translation>
    </message>
    <message>
        <source>Wheel: zoom the dates · Ctrl+wheel: taller or shorter lanes · drag: pan · double-click: reset · F: zoom to the selection · click a marker to select its claim</source>
        <translation>Molette&#xa0;: zoomer sur les dates · Ctrl+molette&#xa0;: couloirs plus ou moins hauts · glisser&#xa0;: se déplacer · double-clic&#xa0;: réinitialiser · F&#xa0;: zoomer sur la sélection · cliquer sur un repère pour sélectionner son affirmation</translation>
    </message>
</context>
<context>
    <name>TimelineOverview</name>
    <message>
        <source>Timeline overview</source>
        <translation>Vue d’ensemble de la frise</translation>
    </message>
    <message>
        <source>The whole period with how many claims fall in each stretch. Drag the frame to move the timeline, drag its edges to zoom, click beside it to go there; double-click to see everything.</source>
        <translation>Toute la période, avec le nombre d’affirmations de chaque intervalle. Faites glisser le cadre pour déplacer la frise, ses bords pour zoomer, cliquez à côté pour vous y rendre&#xa0;; double-cliquez pour tout voir.</translation>
    </message>
    <message numerus="yes">
        <source>◀ %n earlier</source>
        <translation>
            <numerusform>◀ %n avant</numerusform>
            <numerusform>◀ %n avant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n later ▶</source>
        <translation>
            <numerusform>%n après ▶</numerusform>
            <numerusform>%n après ▶</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The timeline shows %1 to %2: %3 of %n claim(s), %4 earlier, %5 later.</source>
        <translation>
            <numerusform>La frise montre du %1 au %2&#xa0;: %3 sur %n affirmation, %4 avant, %5 après.</numerusform>
            <numerusform>La frise montre du %1 au %2&#xa0;: %3 sur %n affirmations, %4 avant, %5 après.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineStyle</name>
    <message>
        <source>Year/month (span)</source>
        <translation>Année/mois (durée)</translation>
    </message>
    <message>
        <source>Exact day</source>
        <translation>Jour exact</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>En contradiction</translation>
    </message>
    <message>
        <source>Single source</source>
        <translation>Source unique</translation>
    </message>
    <message>
        <source>Date of report only</source>
        <translation>Date du signalement seulement</translation>
    </message>
</context>
<context>
    <name>WriteConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>%1 was removed by someone else since you read it.</source>
        <translation>%1 a été supprimé par quelqu’un d’autre depuis que vous l’avez lu.</translation>
    </message>
    <message>
        <source>Someone else created a record with the id %1 since you read the dossier.</source>
        <translation>Quelqu’un d’autre a créé un enregistrement d’identifiant %1 depuis que vous avez lu le dossier.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you read it.</source>
        <translation>%1 a été modifié par quelqu’un d’autre depuis que vous l’avez lu.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La sienne</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Garder la sienne</translation>
    </message>
    <message>
        <source>Drop your change and keep their version</source>
        <translation>Abandonner votre modification et garder sa version</translation>
    </message>
    <message>
        <source>Apply Mine on Top</source>
        <translation>Appliquer la mienne par-dessus</translation>
    </message>
    <message>
        <source>Write your version over theirs, as one more edit you can undo</source>
        <translation>Écrire votre version sur la sienne, comme une modification de plus que vous pouvez annuler</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Open your version in the claim editor first</source>
        <translation>Ouvrir d’abord votre version dans l’éditeur d’affirmation</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Nothing of yours was saved; theirs is shown now.</source>
        <translation>Rien de votre modification n’a été enregistré&#xa0;; sa version est affichée désormais.</translation>
    </message>
    <message>
        <source>Their change: %1, by %2 on %3.</source>
        <translation>Sa modification&#xa0;: %1, par %2 le %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ, in bold: theirs beside yours.</source>
        <translation>
            <numerusform>%n champ diffère, en gras&#xa0;: la sienne à côté de la vôtre.</numerusform>
            <numerusform>%n champs diffèrent, en gras&#xa0;: la sienne à côté de la vôtre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Champs qui diffèrent</translation>
    </message>
    <message>
        <source>Fields the same</source>
        <translation>Champs identiques</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) the same</source>
        <translation>
            <numerusform>%n champ identique</numerusform>
            <numerusform>%n champs identiques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WriteConflictFields</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“%1” — %2, paragraph %3</source>
        <translation>«&#xa0;%1&#xa0;» — %2, paragraphe %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>reported as fact</source>
        <translation>rapporté comme un fait</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
</context>
</TS>
