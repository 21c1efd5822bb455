<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Bilan</source>
        <translation>À propos de Bilan</translation>
    </message>
    <message>
        <source>Member and engagement tracker for shared-services cooperatives.</source>
        <translation>Suivi des membres et de leur engagement pour les coopératives de services partagés.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version&#xa0;:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence&#xa0;:</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later (GPL-3.0-or-later). Bilan comes with no warranty.</source>
        <translation>Licence publique générale GNU, version 3 ou ultérieure (GPL-3.0-or-later). Bilan est offert sans aucune garantie.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Journal&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>The items in the order the meeting takes them. Insert adds one after the selected item, F2 changes it, Delete removes it, Ctrl+Up and Ctrl+Down move it.</source>
        <translation>Les points dans l&apos;ordre où la rencontre les traite. Inser en ajoute un après le point choisi, F2 le modifie, Suppr le retire, Ctrl+Haut et Ctrl+Bas le déplacent.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add an item after the selected one (Insert)</source>
        <translation>Ajouter un point après celui choisi (Inser)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected item (Delete)</source>
        <translation>Retirer le point choisi (Suppr)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected item up (Ctrl+Up)</source>
        <translation>Monter le point choisi (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected item down (Ctrl+Down)</source>
        <translation>Descendre le point choisi (Ctrl+Bas)</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Board</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Fiscal &amp;year:</source>
        <translation>E&amp;xercice&#xa0;:</translation>
    </message>
    <message>
        <source>Attendance at board meetings this year:</source>
        <translation>Présences aux rencontres du conseil pendant l&apos;exercice&#xa0;:</translation>
    </message>
    <message>
        <source>Open a meeting from the list, or create a new one.</source>
        <translation>Ouvrez une rencontre dans la liste ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Meetin&amp;gs</source>
        <translation>Ren&amp;contres</translation>
    </message>
    <message>
        <source>Ne&amp;w meeting</source>
        <translation>Nouvelle renc&amp;ontre</translation>
    </message>
    <message>
        <source>Mand&amp;ates</source>
        <translation>&amp;Mandats</translation>
    </message>
    <message>
        <source>De&amp;lete meeting</source>
        <translation>Supprimer &amp;la rencontre</translation>
    </message>
    <message>
        <source>Delete the selected meeting and its attendance (Delete)</source>
        <translation>Supprimer la rencontre choisie et ses présences (Suppr)</translation>
    </message>
    <message>
        <source>Resolutions register</source>
        <translation>Registre des résolutions</translation>
    </message>
    <message>
        <source>Print the register of the fiscal year&apos;s resolutions, or save it as PDF.</source>
        <translation>Imprimer le registre des résolutions de l&apos;exercice, ou l&apos;enregistrer en PDF.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <source>The cooperative&apos;s shared PostgreSQL server. Ask its administrator for these details.</source>
        <translation>Le serveur PostgreSQL partagé de la coopérative. Demandez ces renseignements à son administrateur.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>server.example.org</source>
        <translation>serveur.exemple.org</translation>
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
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop keyring</source>
        <translation>Mémoriser le mot de passe dans le &amp;trousseau du bureau</translation>
    </message>
</context>
<context>
    <name>CooperativeView</name>
    <message>
        <source>Cooperative</source>
        <translation>Coopérative</translation>
    </message>
    <message>
        <source>The cooperative</source>
        <translation>La coopérative</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Web site:</source>
        <translation>Site &amp;Web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>C&amp;ourriel&#xa0;:</translation>
    </message>
    <message>
        <source>Fiscal &amp;year starts in:</source>
        <translation>Début de l’e&amp;xercice&#xa0;:</translation>
    </message>
    <message>
        <source>The cooperative&apos;s name, address and contact lines are printed on the annual report&apos;s cover and back page; the general manager signs the director&apos;s word.</source>
        <translation>Le nom, l’adresse et les coordonnées de la coopérative sont imprimés sur la couverture et la dernière page du rapport annuel; la direction générale signe le mot de la direction.</translation>
    </message>
    <message>
        <source>&amp;General manager:</source>
        <translation>Direction &amp;générale&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DatabaseSummaryView</name>
    <message>
        <source>Contents of the database</source>
        <translation>Contenu de la base de données</translation>
    </message>
</context>
<context>
    <name>DevelopmentView</name>
    <message>
        <source>Fiscal &amp;year:</source>
        <translation>E&amp;xercice&#xa0;:</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Sondage de satisfaction</translation>
    </message>
    <message>
        <source>&amp;Respondents:</source>
        <translation>&amp;Répondants&#xa0;:</translation>
    </message>
    <message>
        <source>Save the &amp;survey</source>
        <translation>Enregistrer le &amp;sondage</translation>
    </message>
    <message>
        <source>Remove the survey</source>
        <translation>Supprimer le sondage</translation>
    </message>
    <message>
        <source>Business-development activities</source>
        <translation>Activités de développement des affaires</translation>
    </message>
    <message>
        <source>Title (an agreement&apos;s partner is listed in the report)</source>
        <translation>Titre (le partenaire d&apos;une entente est nommé dans le rapport)</translation>
    </message>
    <message>
        <source>&amp;New activity</source>
        <translation>&amp;Nouvelle activité</translation>
    </message>
    <message>
        <source>Save the &amp;activity</source>
        <translation>Enregistrer l&apos;ac&amp;tivité</translation>
    </message>
    <message>
        <source>What the report will print for the year:</source>
        <translation>Ce que le rapport imprimera pour l&apos;exercice&#xa0;:</translation>
    </message>
    <message>
        <source>Would re&amp;commend:</source>
        <translation>R&amp;ecommanderaient&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;move the activity</source>
        <translation>Suppri&amp;mer l&apos;activité</translation>
    </message>
</context>
<context>
    <name>EngagementView</name>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Fiscal &amp;year</source>
        <translation>Exer&amp;cice</translation>
    </message>
    <message>
        <source>Search a name</source>
        <translation>Chercher un nom</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write the list as shown (its filters and its order) to a CSV file or an Excel workbook</source>
        <translation>Écrire la liste telle qu&apos;elle est affichée (ses filtres et son ordre) dans un fichier CSV ou un classeur Excel</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Caté&amp;gorie</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <source>Members by year joined: how many are still members at the end of each following year</source>
        <translation>Membres par exercice d&apos;adhésion&#xa0;: combien sont encore membres à la fin de chaque exercice suivant</translation>
    </message>
</context>
<context>
    <name>ExpertsView</name>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Still &amp;active</source>
        <translation>&amp;Toujours actif</translation>
    </message>
    <message>
        <source>Optional personal information (shown only aggregated)</source>
        <translation>Renseignements personnels facultatifs (présentés seulement sous forme agrégée)</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>Année de naissan&amp;ce&#xa0;:</translation>
    </message>
    <message>
        <source>Fields of e&amp;xpertise:</source>
        <translation>Champs d&apos;e&amp;xpertise&#xa0;:</translation>
    </message>
    <message>
        <source>En&amp;ded:</source>
        <translation>F&amp;in&#xa0;:</translation>
    </message>
    <message>
        <source>Regi&amp;on:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <source>Star&amp;ted:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>G&amp;enre&#xa0;:</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>N&amp;ouveau</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enregi&amp;strer</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a CSV File</source>
        <translation>Exporter un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Kind of data:</source>
        <translation>&amp;Type de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Fic&amp;hier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Path of the .csv or .xlsx file to write</source>
        <translation>Chemin du fichier .csv ou .xlsx à écrire</translation>
    </message>
    <message>
        <source>CSV: UTF-8, comma-separated, with a header row; the import reads it back. XLSX: an Excel workbook, its cells typed.</source>
        <translation>CSV&#xa0;: UTF-8, séparé par des virgules, avec une ligne d&apos;en-tête; l&apos;importation le relit. XLSX&#xa0;: un classeur Excel aux cellules typées.</translation>
    </message>
</context>
<context>
    <name>FinancesView</name>
    <message>
        <source>Finances</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Fiscal &amp;year:</source>
        <translation>E&amp;xercice&#xa0;:</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Frais d&apos;exploitation</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Excédent</translation>
    </message>
    <message>
        <source>Self-financing ratio</source>
        <translation>Ratio d&apos;autofinancement</translation>
    </message>
    <message>
        <source>Scenario of the new line</source>
        <translation>Scénario de la nouvelle ligne</translation>
    </message>
    <message>
        <source>Kind of the new line</source>
        <translation>Type de la nouvelle ligne</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>A&amp;jouter une ligne</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <source>&amp;Close the year…</source>
        <translation>&amp;Clore l&apos;exercice…</translation>
    </message>
    <message>
        <source>Close the fiscal year shown: its hours and finances can then no longer be changed</source>
        <translation>Clore l&apos;exercice affiché&#xa0;: ses heures et ses finances ne pourront plus être modifiées</translation>
    </message>
</context>
<context>
    <name>FirstRunChecklist</name>
    <message>
        <source>Getting started</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Getting started&lt;/b&gt; — a few steps set up a new cooperative; each is ticked once done.</source>
        <translation>&lt;b&gt;Pour commencer&lt;/b&gt; — quelques étapes pour mettre en place une nouvelle coopérative&#xa0;; chacune est cochée une fois faite.</translation>
    </message>
    <message>
        <source>Hide this list</source>
        <translation>Masquer cette liste</translation>
    </message>
    <message>
        <source>Name the cooperative</source>
        <translation>Nommer la coopérative</translation>
    </message>
    <message>
        <source>Open the Cooperative page</source>
        <translation>Ouvrir la page Coopérative</translation>
    </message>
    <message>
        <source>Add the organisations served, or import them from a CSV file</source>
        <translation>Ajouter les organisations servies, ou les importer d’un fichier CSV</translation>
    </message>
    <message>
        <source>Open the Members page</source>
        <translation>Ouvrir la page Membres</translation>
    </message>
    <message>
        <source>Add the experts</source>
        <translation>Ajouter les experts</translation>
    </message>
    <message>
        <source>Open the Experts page</source>
        <translation>Ouvrir la page Experts</translation>
    </message>
    <message>
        <source>Add the board&apos;s directors and their mandates</source>
        <translation>Ajouter les administrateurs du conseil et leurs mandats</translation>
    </message>
    <message>
        <source>Open the Board page</source>
        <translation>Ouvrir la page Conseil</translation>
    </message>
    <message>
        <source>Import a CSV file…</source>
        <translation>Importer un fichier CSV…</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table&#xa0;:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>A&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Late changes only</source>
        <translation>&amp;Modifications tardives seulement</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
</context>
<context>
    <name>HoursView</name>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Quick entry</source>
        <translation>Saisie rapide</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>E&amp;xpert</source>
        <translation>E&amp;xpert</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>Du&amp;rée</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>A few letters of the name</source>
        <translation>Quelques lettres du nom</translation>
    </message>
    <message>
        <source>1:30, 1h30, 1.5</source>
        <translation>1:30; 1h30; 1,5</translation>
    </message>
    <message>
        <source>&lt;</source>
        <translation>&lt;</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Semaine précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <source>&gt;</source>
        <translation>&gt;</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Semaine suivante (Alt+Droite)</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>D&amp;u</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Ex&amp;pert</source>
        <translation>Ex&amp;pert</translation>
    </message>
    <message>
        <source>Or&amp;ganisation</source>
        <translation>Or&amp;ganisation</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Fie&amp;ld of expertise</source>
        <translation>&amp;Champ d&apos;expertise</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a CSV File</source>
        <translation>Importer un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Kind of data:</source>
        <translation>&amp;Type de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Fic&amp;hier&#xa0;:</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Chemin d&apos;un fichier .csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Read the whole file and list its problems; nothing is written</source>
        <translation>Lire tout le fichier et en relever les problèmes&#xa0;; rien n&apos;est écrit</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Write every row in one go; offered after a check that found no problem</source>
        <translation>Écrire toutes les lignes d&apos;un seul coup&#xa0;; disponible après une vérification qui n&apos;a relevé aucun problème</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bilan</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;?</translation>
    </message>
    <message>
        <source>&amp;About Bilan</source>
        <translation>&amp;À propos de Bilan</translation>
    </message>
</context>
<context>
    <name>MandatesPanel</name>
    <message>
        <source>Mandates</source>
        <translation>Mandats</translation>
    </message>
    <message>
        <source>Sho&amp;w ended mandates</source>
        <translation>Affic&amp;her les mandats terminés</translation>
    </message>
    <message>
        <source>New &amp;mandate</source>
        <translation>&amp;Nouveau mandat</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>&amp;Director:</source>
        <translation>Mem&amp;bre du conseil&#xa0;:</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>Re&amp;presents:</source>
        <translation>Re&amp;présente&#xa0;:</translation>
    </message>
    <message>
        <source>Type a few letters of the organisation</source>
        <translation>Tapez quelques lettres du nom de l&apos;organisation</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Started o&amp;n:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>Leave unticked while the mandate is ongoing.</source>
        <translation>Laissez décoché tant que le mandat est en cours.</translation>
    </message>
    <message>
        <source>End &amp;today</source>
        <translation>&amp;Terminer aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Ends the selected mandate today; adjust the date, then save.</source>
        <translation>Met fin au mandat sélectionné en date d&apos;aujourd&apos;hui&#xa0;; ajustez la date, puis enregistrez.</translation>
    </message>
    <message>
        <source>Removes the selected mandate (entered by mistake).</source>
        <translation>Supprime le mandat sélectionné (saisi par erreur).</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>&amp;Save mandate</source>
        <translation>&amp;Enregistrer le mandat</translation>
    </message>
    <message>
        <source>None — &amp;individual member</source>
        <translation>Aucune — membre indi&amp;viduel</translation>
    </message>
    <message>
        <source>The director sits as an individual (a supporting member) and represents no organisation</source>
        <translation>L&apos;administrateur siège à titre individuel (membre de soutien) et ne représente aucune organisation</translation>
    </message>
    <message>
        <source>Ended &amp;on:</source>
        <translation>F&amp;in&#xa0;:</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>Attendance of the directors in office that day:</source>
        <translation>Présence des membres du conseil en fonction ce jour-là&#xa0;:</translation>
    </message>
    <message>
        <source>All &amp;present</source>
        <translation>Tous &amp;présents</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Attendance s&amp;heet</source>
        <translation>Feuille de pré&amp;sence</translation>
    </message>
    <message>
        <source>Print the sheet the directors sign, or save it as PDF.</source>
        <translation>Imprimer la feuille que signent les membres du conseil, ou l&apos;enregistrer en PDF.</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>Procès-&amp;verbal</translation>
    </message>
    <message>
        <source>Print the minutes with the attendance as ticked, or save them as PDF.</source>
        <translation>Imprimer le procès-verbal avec les présences cochées, ou l&apos;enregistrer en PDF.</translation>
    </message>
    <message>
        <source>Pla&amp;ce:</source>
        <translation>Lie&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>Head office, video conference…</source>
        <translation>Siège social, visioconférence…</translation>
    </message>
    <message>
        <source>Ti&amp;me:</source>
        <translation>&amp;Heure&#xa0;:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Attendance and &amp;quorum</source>
        <translation>Présences et &amp;quorum</translation>
    </message>
    <message>
        <source>Age&amp;nda</source>
        <translation>Ordre du &amp;jour</translation>
    </message>
    <message>
        <source>&amp;Resolutions</source>
        <translation>&amp;Résolutions</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Notes for the minutes:</source>
        <translation>Notes pour le procès-verbal&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MembersView</name>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Words of the name</source>
        <translation>Mots du nom</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>Member &amp;on:</source>
        <translation>&amp;Membre au&#xa0;:</translation>
    </message>
    <message>
        <source>Membership periods</source>
        <translation>Périodes d&apos;adhésion</translation>
    </message>
    <message>
        <source>Member organisations</source>
        <translation>Organisations membres</translation>
    </message>
    <message>
        <source>Enter: correct the period; Delete: remove it</source>
        <translation>Entrée&#xa0;: corriger la période&#xa0;; Suppr&#xa0;: la supprimer</translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation>A&amp;dhésion…</translation>
    </message>
    <message>
        <source>Correc&amp;t…</source>
        <translation>C&amp;orriger…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Add an organisation (Insert)</source>
        <translation>Ajouter une organisation (Inser)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>Change the selected organisation (F2)</source>
        <translation>Modifier l&apos;organisation choisie (F2)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Supprim&amp;er…</translation>
    </message>
    <message>
        <source>Delete the selected organisation (Delete)</source>
        <translation>Supprimer l&apos;organisation choisie (Suppr)</translation>
    </message>
    <message>
        <source>Mer&amp;ge…</source>
        <translation>F&amp;usionner…</translation>
    </message>
    <message>
        <source>Merge the selected organisation into another one: the same organisation entered twice</source>
        <translation>Fusionner l&apos;organisation choisie dans une autre&#xa0;: la même organisation saisie deux fois</translation>
    </message>
    <message>
        <source>&amp;Leave…</source>
        <translation>Dé&amp;part…</translation>
    </message>
</context>
<context>
    <name>MembershipPeriodEditor</name>
    <message>
        <source>Joi&amp;ned on:</source>
        <translation>Adhésio&amp;n le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Left on:</source>
        <translation>Départ &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Still a mem&amp;ber</source>
        <translation>Toujours mem&amp;bre</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Catégor&amp;ie&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
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
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>&amp;Secteur&#xa0;:</translation>
    </message>
    <message>
        <source>Ne&amp;twork:</source>
        <translation>Rése&amp;au&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OrganisationMergeDialog</name>
    <message>
        <source>Merge organisations</source>
        <translation>Fusionner des organisations</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Garder&#xa0;:</translation>
    </message>
    <message>
        <source>Words of the name of the one to keep</source>
        <translation>Mots du nom de celle à garder</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Quorum for meetings</source>
        <translation>Quorum des rencontres</translation>
    </message>
    <message>
        <source>&amp;More than half of the directors in office</source>
        <translation>&amp;Plus de la moitié des membres du conseil en fonction</translation>
    </message>
    <message>
        <source>At &amp;least N directors present</source>
        <translation>Au &amp;moins N membres du conseil présents</translation>
    </message>
    <message>
        <source>Applied to the window as soon as you press OK</source>
        <translation>S&apos;applique à la fenêtre dès que vous cliquez sur OK</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>The paper of the annual report and the meeting documents, printed or saved as PDF</source>
        <translation>Le papier du rapport annuel et des documents de réunion, imprimés ou enregistrés en PDF</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Fiscal &amp;year</source>
        <translation>Exer&amp;cice</translation>
    </message>
    <message>
        <source>Report &amp;language</source>
        <translation>&amp;Langue du rapport</translation>
    </message>
    <message>
        <source>Main figures</source>
        <translation>Principaux chiffres</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>&amp;President&apos;s word</source>
        <translation>Mot de la &amp;présidence</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;Mission</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Objectifs</translation>
    </message>
    <message>
        <source>&amp;Save texts</source>
        <translation>Enregi&amp;strer les textes</translation>
    </message>
    <message>
        <source>The language of the printed and exported report</source>
        <translation>La langue du rapport imprimé et exporté</translation>
    </message>
    <message>
        <source>Print previe&amp;w…</source>
        <translation>Aperç&amp;u avant impression…</translation>
    </message>
    <message>
        <source>See the report&apos;s pages as they will be printed</source>
        <translation>Voir les pages du rapport telles qu&apos;elles seront imprimées</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Report &amp;texts</source>
        <translation>Textes du &amp;rapport</translation>
    </message>
    <message>
        <source>Di&amp;rector&apos;s word</source>
        <translation>Mot de la &amp;direction générale</translation>
    </message>
    <message>
        <source>V&amp;ision</source>
        <translation>&amp;Vision</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write the annual report as a PDF file, or as an OpenDocument text to adjust in a word processor, as the bilan report command does</source>
        <translation>Écrire le rapport annuel en fichier PDF, ou en texte OpenDocument à ajuster dans un traitement de texte, comme le fait la commande bilan report</translation>
    </message>
</context>
<context>
    <name>ResolutionsPanel</name>
    <message>
        <source>Insert adds a resolution, Delete removes the selected one.</source>
        <translation>Inser ajoute une résolution, Suppr retire celle choisie.</translation>
    </message>
    <message>
        <source>New resolution</source>
        <translation>Nouvelle résolution</translation>
    </message>
    <message>
        <source>Add a resolution with the next number (Insert in the list)</source>
        <translation>Ajouter une résolution portant le numéro suivant (Inser dans la liste)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected resolution (Delete in the list)</source>
        <translation>Retirer la résolution choisie (Suppr dans la liste)</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numéro&#xa0;:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Décision&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Texte&#xa0;:</translation>
    </message>
    <message>
        <source>Proposed &amp;by:</source>
        <translation>Proposée par&#xa0;:</translation>
    </message>
    <message>
        <source>Seconded by:</source>
        <translation>Appuyée par&#xa0;:</translation>
    </message>
    <message>
        <source>Votes co&amp;unted</source>
        <translation>Votes comptés</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <source>Against:</source>
        <translation>Contre&#xa0;:</translation>
    </message>
    <message>
        <source>Abstaining:</source>
        <translation>Abstentions&#xa0;:</translation>
    </message>
</context>
<context>
    <name>bilan::AboutDialog</name>
    <message>
        <source>none open</source>
        <translation>aucune d’ouverte</translation>
    </message>
    <message>
        <source>none (the log could not be opened)</source>
        <translation>aucun (le journal n’a pas pu être ouvert)</translation>
    </message>
</context>
<context>
    <name>bilan::ActivityRepository</name>
    <message>
        <source>activity %1 holds an unknown type or audience (&quot;%2&quot;, &quot;%3&quot;)</source>
        <translation>l&apos;activité %1 a un type ou un public cible inconnu («&#xa0;%2&#xa0;», «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>no activity with id %1</source>
        <translation>aucune activité portant l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>the activities hold an unknown audience or type (&quot;%1&quot;, &quot;%2&quot;)</source>
        <translation>les activités ont un public cible ou un type inconnu («&#xa0;%1&#xa0;», «&#xa0;%2&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>bilan::ActivityType</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Entente</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Ententes</translation>
    </message>
</context>
<context>
    <name>bilan::AddEntryCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
</context>
<context>
    <name>bilan::AttendanceImporter</name>
    <message>
        <source>the director&apos;s name is required</source>
        <translation>le nom du membre du conseil est requis</translation>
    </message>
    <message>
        <source>no director named &quot;%1&quot;; import the board first</source>
        <translation>aucun membre du conseil nommé «&#xa0;%1&#xa0;»; importez d&apos;abord le conseil (board)</translation>
    </message>
    <message>
        <source>no general assembly on %1; import the meetings first</source>
        <translation>aucune assemblée générale le %1; importez d&apos;abord les rencontres (meetings)</translation>
    </message>
    <message>
        <source>no board meeting on %1; import the meetings first</source>
        <translation>aucune rencontre du conseil le %1; importez d&apos;abord les rencontres (meetings)</translation>
    </message>
    <message>
        <source>no executive committee meeting on %1; import the meetings first</source>
        <translation>aucune rencontre du comité exécutif le %1; importez d&apos;abord les rencontres (meetings)</translation>
    </message>
    <message>
        <source>the attendance of %1 at the %2 meeting of %3</source>
        <translation>la présence de %1 à la réunion %2 du %3</translation>
    </message>
</context>
<context>
    <name>bilan::AttendanceModel</name>
    <message>
        <source>the meeting&apos;s date is required</source>
        <translation>la date de la rencontre est requise</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Membre du conseil</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>%1 is not an attendance status (%2, %3 or %4)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une présence (%2, %3 ou %4)</translation>
    </message>
</context>
<context>
    <name>bilan::AttendanceStatus</name>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
</context>
<context>
    <name>bilan::Audience</name>
    <message>
        <source>Cooperative and mutual networks</source>
        <translation>Les réseaux coopératifs et mutualistes</translation>
    </message>
    <message>
        <source>Sectoral and regional groupings of non-profits</source>
        <translation>Les regroupements sectoriels et territoriaux d&apos;OBNL</translation>
    </message>
    <message>
        <source>Relay partners</source>
        <translation>Les partenaires relayeurs</translation>
    </message>
</context>
<context>
    <name>bilan::BoardImporter</name>
    <message>
        <source>the director&apos;s name is required</source>
        <translation>le nom du membre du conseil est requis</translation>
    </message>
</context>
<context>
    <name>bilan::BoardRepository</name>
    <message>
        <source>the general assembly on %1</source>
        <translation>l&apos;assemblée générale du %1</translation>
    </message>
    <message>
        <source>the board meeting on %1</source>
        <translation>la rencontre du conseil du %1</translation>
    </message>
    <message>
        <source>the executive meeting on %1</source>
        <translation>la rencontre du comité exécutif du %1</translation>
    </message>
    <message>
        <source>%1 attended %2, which would then fall outside any of their mandates; remove that attendance first</source>
        <translation>%1 a assisté à %2, qui se retrouverait alors hors de tous ses mandats; retirez d&apos;abord cette présence</translation>
    </message>
    <message>
        <source>a director needs a name</source>
        <translation>un membre du conseil doit avoir un nom</translation>
    </message>
    <message>
        <source>a director</source>
        <translation>un membre du conseil</translation>
    </message>
    <message>
        <source>no director with id %1</source>
        <translation>aucun membre du conseil portant l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>no organisation with id %1</source>
        <translation>aucune organisation portant l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>%1 already holds a mandate from %2 to %3, which overlaps this one</source>
        <translation>%1 détient déjà un mandat du %2 au %3, qui chevauche celui-ci</translation>
    </message>
    <message>
        <source>%1 already holds a mandate since %2 with no end, which overlaps this one</source>
        <translation>%1 détient déjà un mandat sans date de fin depuis le %2, qui chevauche celui-ci</translation>
    </message>
    <message>
        <source>no board mandate with id %1</source>
        <translation>aucun mandat au conseil portant l&apos;identifiant %1</translation>
    </message>
</context>
<context>
    <name>bilan::BoardRole</name>
    <message>
        <source>President</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Vice-president</source>
        <translation>Vice-présidence</translation>
    </message>
    <message>
        <source>Secretary-treasurer</source>
        <translation>Secrétariat-trésorerie</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Membre du conseil</translation>
    </message>
</context>
<context>
    <name>bilan::BoardView</name>
    <message>
        <source>Director</source>
        <translation>Membre du conseil</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Supprimer la rencontre</translation>
    </message>
    <message>
        <source>Delete the meeting « %1 » and its attendance list? This cannot be undone.</source>
        <translation>Supprimer la rencontre «&#xa0;%1&#xa0;» et sa liste de présences&#xa0;? Cette action est définitive.</translation>
    </message>
    <message>
        <source>Search the meetings (date, kind, title)</source>
        <translation>Chercher parmi les rencontres (date, type, titre)</translation>
    </message>
    <message>
        <source>Print the resolutions register…</source>
        <translation>Imprimer le registre des résolutions…</translation>
    </message>
    <message>
        <source>Save the resolutions register as PDF…</source>
        <translation>Enregistrer le registre des résolutions en PDF…</translation>
    </message>
    <message>
        <source>Save the resolutions register</source>
        <translation>Enregistrer le registre des résolutions</translation>
    </message>
    <message>
        <source>resolutions-register-%1.pdf</source>
        <translation>registre-des-resolutions-%1.pdf</translation>
    </message>
</context>
<context>
    <name>bilan::ChangeLog</name>
    <message>
        <source>Only the director may read the history of changes.</source>
        <translation>Seule la direction peut consulter l&apos;historique des modifications.</translation>
    </message>
</context>
<context>
    <name>bilan::ChangeText</name>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Adhésions</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Experts&apos; fields</source>
        <translation>Champs des experts</translation>
    </message>
    <message>
        <source>Fields of expertise</source>
        <translation>Champs d&apos;expertise</translation>
    </message>
    <message>
        <source>Directors</source>
        <translation>Membres du conseil</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandats</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Points à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Résolutions</translation>
    </message>
    <message>
        <source>Finance lines</source>
        <translation>Postes financiers</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Sondages</translation>
    </message>
    <message>
        <source>Development activities</source>
        <translation>Activités de développement</translation>
    </message>
    <message>
        <source>Report texts</source>
        <translation>Textes du rapport</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Closed years</source>
        <translation>Exercices clos</translation>
    </message>
    <message>
        <source>window</source>
        <translation>fenêtre</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importation</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copie</translation>
    </message>
    <message>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importation</translation>
    </message>
    <message>
        <source>copied</source>
        <translation>copie</translation>
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
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>from %1, %2 rows</source>
        <translation>depuis %1, %2 lignes</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation>type %1</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>ids %1–%2</source>
        <translation>identifiants %1 à %2</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 no %2</translation>
    </message>
    <message>
        <source>Changed more than %1 days after its date</source>
        <translation>Modifiée plus de %1 jours après sa date</translation>
    </message>
</context>
<context>
    <name>bilan::CommandLine</name>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>Check the file without writing anything.</source>
        <translation>Vérifier le fichier sans rien écrire (essai à blanc).</translation>
    </message>
    <message>
        <source>What the file holds.</source>
        <translation>Ce que contient le fichier.</translation>
    </message>
    <message>
        <source>The file to import.</source>
        <translation>Le fichier à importer.</translation>
    </message>
    <message>
        <source>import needs a KIND and a FILE.csv</source>
        <translation>import requiert KIND et FILE.csv</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; it is one of %2</source>
        <translation>type «&#xa0;%1&#xa0;» inconnu; les types possibles sont %2</translation>
    </message>
    <message>
        <source>bilan: %1: no such file</source>
        <translation>bilan: %1: fichier introuvable</translation>
    </message>
    <message>
        <source>Reading… %1 %</source>
        <translation>Lecture… %1 %</translation>
    </message>
    <message>
        <source>bilan: %1: column &quot;%2&quot; is not one of the columns of %3; it was ignored</source>
        <translation>bilan: %1: la colonne «&#xa0;%2&#xa0;» ne fait pas partie des colonnes de %3; elle a été ignorée</translation>
    </message>
    <message>
        <source>bilan: 1 problem found; nothing was written</source>
        <translation>bilan: 1 problème trouvé; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>bilan: %1 problems found; nothing was written</source>
        <translation>bilan: %1 problèmes trouvés; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>%1: %2 rows checked, no problem found; nothing was written (dry run)</source>
        <translation>%1: %2 lignes vérifiées, aucun problème trouvé; rien n&apos;a été écrit (essai à blanc)</translation>
    </message>
    <message>
        <source>%1: %2 rows imported into %3</source>
        <translation>%1: %2 lignes importées dans %3</translation>
    </message>
    <message>
        <source>What to export.</source>
        <translation>Ce qu&apos;il faut exporter.</translation>
    </message>
    <message>
        <source>%1: %2 rows exported</source>
        <translation>%1: %2 lignes exportées</translation>
    </message>
    <message>
        <source>bilan: there is no display to open the window on; the commands work without one (bilan --help)
</source>
        <translation>bilan: aucun écran n&apos;est disponible pour ouvrir la fenêtre; les commandes fonctionnent sans écran (bilan --help)
</translation>
    </message>
    <message>
        <source>%1: 1 row checked, no problem found; nothing was written (dry run)</source>
        <translation>%1: 1 ligne vérifiée, aucun problème trouvé; rien n&apos;a été écrit (essai à blanc)</translation>
    </message>
    <message>
        <source>%1: 1 row imported into %2</source>
        <translation>%1: 1 ligne importée dans %2</translation>
    </message>
    <message>
        <source>%1: 1 row exported</source>
        <translation>%1: 1 ligne exportée</translation>
    </message>
    <message>
        <source>bilan: %1 is a folder, not a CSV file</source>
        <translation>bilan: %1 est un dossier, pas un fichier CSV</translation>
    </message>
    <message>
        <source>bilan: %1 is not a regular file; import a CSV file</source>
        <translation>bilan: %1 n&apos;est pas un fichier ordinaire&#xa0;; importez un fichier CSV</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are %2</source>
        <translation>commande «&#xa0;%1&#xa0;» inconnue&#xa0;; les commandes sont %2</translation>
    </message>
    <message>
        <source>The database: a file, or a server as postgresql://user@host/database.</source>
        <translation>La base de données&#xa0;: un fichier, ou un serveur sous la forme postgresql://utilisateur@hôte/base.</translation>
    </message>
    <message>
        <source>%1: read as %2</source>
        <translation>%1&#xa0;: lu comme %2</translation>
    </message>
    <message>
        <source>The file to write: CSV or an Excel workbook.</source>
        <translation>Le fichier à écrire&#xa0;: CSV ou classeur Excel.</translation>
    </message>
    <message>
        <source>export needs a KIND and a FILE.csv or FILE.xlsx</source>
        <translation>export demande un TYPE et un FICHIER.csv ou FICHIER.xlsx</translation>
    </message>
    <message>
        <source>Usage:
  bilan [--db FILE]                                   open the window
  bilan --version                                     the version of Bilan
  bilan import --db FILE KIND FILE.csv [--dry-run]    import a CSV file: all rows or none
  bilan export --db FILE KIND FILE.csv|FILE.xlsx      export one kind as CSV or as an
                                                      Excel workbook
  bilan demo --db FILE                                create a demo database
  bilan figures --db FILE --year 2019-2020 [--json]   the figures of a fiscal year
  bilan figures --db FILE --year 2019-2020 --xlsx FILE.xlsx [--lang fr|en]
                                                      the same as a workbook, with the
                                                      year before beside them
  bilan engagement --db FILE --year 2019-2020 [--json]
                                                      member engagement in a fiscal year
  bilan report --db FILE --year 2019-2020 [--pdf OUT.pdf] [--odt OUT.odt]
               [--lang fr|en] [--paper a4|letter]
                                                      the annual activity report as PDF
                                                      and/or OpenDocument text
  bilan history --db FILE [--since YYYY-MM-DD] [--json]
                                                      the history of changes, newest first
  bilan copy --db SOURCE TARGET                       the whole database into a new file
                                                      or an empty server database
  bilan server init --db postgresql://…               roles on a shared server
  bilan server grant --db postgresql://… LOGIN staff|secretary|director [--expert NAME]

KIND is one of: %1.
Without --db, the database in the data folder is used: %2
</source>
        <translation>Utilisation :
  bilan [--db FILE]                                   ouvrir la fenêtre
  bilan --version                                     la version de Bilan
  bilan import --db FILE KIND FILE.csv [--dry-run]    importer un fichier CSV : tout ou rien
  bilan export --db FILE KIND FILE.csv|FILE.xlsx      exporter un type de données en CSV ou
                                                      en classeur Excel
  bilan demo --db FILE                                créer une base de données de démonstration
  bilan figures --db FILE --year 2019-2020 [--json]   les chiffres d&apos;un exercice
  bilan figures --db FILE --year 2019-2020 --xlsx FILE.xlsx [--lang fr|en]
                                                      les mêmes en classeur, avec l&apos;exercice
                                                      précédent à côté
  bilan engagement --db FILE --year 2019-2020 [--json]
                                                      l&apos;engagement des membres au cours d&apos;un exercice
  bilan report --db FILE --year 2019-2020 [--pdf OUT.pdf] [--odt OUT.odt]
               [--lang fr|en] [--paper a4|letter]
                                                      le rapport d&apos;activités annuel en PDF
                                                      et/ou en texte OpenDocument
  bilan history --db FILE [--since AAAA-MM-JJ] [--json]
                                                      l&apos;historique des modifications, la plus récente en premier
  bilan copy --db SOURCE TARGET                       toute la base de données dans un nouveau fichier
                                                      ou une base de données vide sur un serveur
  bilan server init --db postgresql://…               les rôles d&apos;un serveur partagé
  bilan server grant --db postgresql://… LOGIN staff|secretary|director [--expert NAME]

KIND est l&apos;un des types suivants : %1.
Sans --db, la base de données du dossier de données est utilisée : %2
</translation>
    </message>
</context>
<context>
    <name>bilan::ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>Se co&amp;nnecter</translation>
    </message>
    <message>
        <source>Encrypt when the server can (prefer)</source>
        <translation>Chiffrer quand le serveur le peut (prefer)</translation>
    </message>
    <message>
        <source>Always encrypt (require)</source>
        <translation>Toujours chiffrer (require)</translation>
    </message>
    <message>
        <source>Encrypt and check the server&apos;s certificate (verify-full)</source>
        <translation>Chiffrer et vérifier le certificat du serveur (verify-full)</translation>
    </message>
    <message>
        <source>Encrypt and check the certificate&apos;s authority (verify-ca)</source>
        <translation>Chiffrer et vérifier l&apos;autorité du certificat (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypt only when the server asks (allow)</source>
        <translation>Chiffrer seulement si le serveur le demande (allow)</translation>
    </message>
    <message>
        <source>Never encrypt (disable)</source>
        <translation>Ne jamais chiffrer (disable)</translation>
    </message>
    <message>
        <source>No desktop keyring answered on this computer: the password will be used for this connection only, not remembered.</source>
        <translation>Aucun trousseau du bureau n&apos;a répondu sur cet ordinateur&#xa0;: le mot de passe servira pour cette connexion seulement, sans être mémorisé.</translation>
    </message>
    <message>
        <source>Give the server&apos;s name or address.</source>
        <translation>Indiquez le nom ou l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>Give the name of the database on the server.</source>
        <translation>Indiquez le nom de la base de données sur le serveur.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>bilan::ConnectionMonitor</name>
    <message>
        <source>Connected to the server again: what was not saved can be saved now.</source>
        <translation>Connexion au serveur rétablie&#xa0;: ce qui n&apos;a pas été enregistré peut l&apos;être maintenant.</translation>
    </message>
    <message>
        <source>Server unreachable — reconnecting…</source>
        <translation>Serveur injoignable — reconnexion en cours…</translation>
    </message>
</context>
<context>
    <name>bilan::CooperativeSettings</name>
    <message>
        <source>the cooperative&apos;s name is required</source>
        <translation>le nom de la coopérative est obligatoire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address (name@example.org)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse courriel (nom@exemple.org)</translation>
    </message>
    <message>
        <source>%1 is not a month (1 to 12)</source>
        <translation>%1 n’est pas un mois (1 à 12)</translation>
    </message>
    <message>
        <source>the fiscal year&apos;s first month cannot change while years are closed (%1): their dates would move. Reopen them first on the Finances page</source>
        <translation>le premier mois de l’exercice ne peut pas changer tant que des exercices sont fermés (%1)&#xa0;: leurs dates bougeraient. Rouvrez-les d’abord dans la page Finances</translation>
    </message>
</context>
<context>
    <name>bilan::CooperativeView</name>
    <message>
        <source>As printed on the report&apos;s cover</source>
        <translation>Tel qu’imprimé sur la couverture du rapport</translation>
    </message>
    <message>
        <source>Saved. New reports use these lines.</source>
        <translation>Enregistré. Les nouveaux rapports utilisent ces coordonnées.</translation>
    </message>
    <message>
        <source>Unsaved Cooperative</source>
        <translation>Coopérative non enregistrée</translation>
    </message>
    <message>
        <source>Save them before leaving?</source>
        <translation>Les enregistrer avant de quitter&#xa0;?</translation>
    </message>
    <message>
        <source>Signs the director&apos;s word; empty: no signature</source>
        <translation>Signe le mot de la direction; vide&#xa0;: aucune signature</translation>
    </message>
    <message>
        <source>General manager</source>
        <translation>Direction générale</translation>
    </message>
    <message>
        <source>The cooperative&apos;s lines have unsaved changes.</source>
        <translation>Des lignes de la coopérative ne sont pas enregistrées.</translation>
    </message>
</context>
<context>
    <name>bilan::CopyCommand</name>
    <message>
        <source>Usage:
  bilan copy --db SOURCE TARGET

Copies the whole database SOURCE into TARGET, each a file or a server address
(postgresql://[user@]host[:port]/database[?sslmode=require]). TARGET is a new
file, or a database that holds no Bilan data yet; nothing is written unless the
whole copy succeeds. The password of a server comes from PGPASSWORD, ~/.pgpass
or a service file.
</source>
        <translation>Utilisation&#xa0;:
  bilan copy --db SOURCE TARGET

Copie toute la base de données SOURCE dans TARGET, chacune un fichier ou l&apos;adresse
d&apos;un serveur (postgresql://[user@]host[:port]/database[?sslmode=require]). TARGET
est un nouveau fichier, ou une base de données qui ne contient encore aucune donnée
de Bilan; rien n&apos;est écrit à moins que toute la copie réussisse. Le mot de passe
d&apos;un serveur vient de PGPASSWORD, de ~/.pgpass ou d&apos;un fichier de service.
</translation>
    </message>
    <message>
        <source>The file or server to copy into.</source>
        <translation>Le fichier ou le serveur dans lequel copier.</translation>
    </message>
    <message>
        <source>copy needs exactly one TARGET after --db SOURCE</source>
        <translation>copy demande exactement une TARGET après --db SOURCE</translation>
    </message>
    <message>
        <source>Copying %1… %2 %</source>
        <translation>Copie de %1… %2&#xa0;%</translation>
    </message>
    <message>
        <source>%1 copied into %2 in %3 s: %4 rows in %5 tables, %6 of them hour entries</source>
        <translation>%1 copiée dans %2 en %3&#xa0;s&#xa0;: %4 lignes dans %5 tables, dont %6 saisies d&apos;heures</translation>
    </message>
</context>
<context>
    <name>bilan::CsvExporter</name>
    <message>
        <source>could not write the file: %1</source>
        <translation>impossible d&apos;écrire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write %1: an export is a CSV file (.csv) or an Excel workbook (.xlsx), not a .%2 file; name the file with one of these extensions</source>
        <translation>impossible d&apos;écrire %1&#xa0;: une exportation est un fichier CSV (.csv) ou un classeur Excel (.xlsx), et non un fichier .%2; nommez le fichier avec l&apos;une de ces extensions</translation>
    </message>
</context>
<context>
    <name>bilan::CsvImporter</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation>la colonne figure deux fois dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>the required column is missing (the columns of %1 are: %2)</source>
        <translation>la colonne requise est absente (les colonnes de %1 sont&#xa0;: %2)</translation>
    </message>
    <message>
        <source>this row has %1 values but the header names %2 columns; quote values that contain the delimiter &quot;%3&quot;</source>
        <translation>cette ligne contient %1 valeurs, mais l&apos;en-tête nomme %2 colonnes; mettez entre guillemets les valeurs qui contiennent le délimiteur «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file</source>
        <translation>%1 est un dossier, pas un fichier CSV</translation>
    </message>
    <message>
        <source>the column name holds an invisible character (shown as %1); remove it so that the column reads &quot;%2&quot;</source>
        <translation>le nom de la colonne contient un caractère invisible (affiché comme %1)&#xa0;; retirez-le pour que la colonne s&apos;appelle «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>Encoding: %1; delimiter: %2</source>
        <translation>Encodage&#xa0;: %1; séparateur&#xa0;: %2</translation>
    </message>
    <message>
        <source>1 entry rounding to 0 minutes left out</source>
        <translation>1 entrée arrondie à 0 minute laissée de côté</translation>
    </message>
    <message>
        <source>%1 entries rounding to 0 minutes left out</source>
        <translation>%1 entrées arrondies à 0 minute laissées de côté</translation>
    </message>
</context>
<context>
    <name>bilan::CsvReader</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the header row has no column names</source>
        <translation>la ligne d&apos;en-tête ne contient aucun nom de colonne</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text; save it as UTF-8 and import it again</source>
        <translation>le fichier n&apos;est pas du texte UTF-8 valide; enregistrez-le en UTF-8 et importez-le de nouveau</translation>
    </message>
    <message>
        <source>a quoted field starting on this line is not closed</source>
        <translation>un champ entre guillemets qui commence à cette ligne n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>texte inattendu après un guillemet fermant</translation>
    </message>
    <message>
        <source>a field starting on this line is longer than %1 characters; is a closing quote missing?</source>
        <translation>un champ qui commence à cette ligne dépasse %1 caractères; manque-t-il un guillemet fermant?</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the first line &quot;%1&quot; should name the delimiter, as in sep=; or sep=,</source>
        <translation>la première ligne «&#xa0;%1&#xa0;» devrait nommer le séparateur, comme sep=; ou sep=,</translation>
    </message>
    <message>
        <source>the first line &quot;%1&quot; names a delimiter Bilan does not read; use a comma, a semicolon, a tab or |</source>
        <translation>la première ligne «&#xa0;%1&#xa0;» nomme un séparateur que Bilan ne lit pas&#xa0;; utilisez une virgule, un point-virgule, une tabulation ou |</translation>
    </message>
    <message>
        <source>a row starting on this line has %1 values, more than the %2 Bilan reads in one row; is the delimiter right?</source>
        <translation>une ligne commençant ici a %1 valeurs, plus que les %2 que Bilan lit dans une ligne&#xa0;; le séparateur est-il le bon&#xa0;?</translation>
    </message>
    <message>
        <source>byte 0x%1 is not a character of Windows-1252, the encoding of this file (its bytes are not UTF-8); save it as UTF-8 and import it again</source>
        <translation>l&apos;octet 0x%1 n&apos;est pas un caractère de Windows-1252, l&apos;encodage de ce fichier (ses octets ne sont pas de l&apos;UTF-8); enregistrez-le en UTF-8 et importez-le de nouveau</translation>
    </message>
    <message>
        <source>the file ends in the middle of a UTF-16 character; save it again from the spreadsheet</source>
        <translation>le fichier se termine au milieu d&apos;un caractère UTF-16; enregistrez-le de nouveau depuis le tableur</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16 text (a lone surrogate); save it again from the spreadsheet</source>
        <translation>le fichier n&apos;est pas du texte UTF-16 valide (un demi-caractère isolé); enregistrez-le de nouveau depuis le tableur</translation>
    </message>
    <message>
        <source>this line is not valid UTF-8 text, though other lines are: the file mixes UTF-8 with another encoding (Windows-1252?); save the file as UTF-8 and import it again</source>
        <translation>cette ligne n&apos;est pas du texte UTF-8 valide, alors que d&apos;autres lignes le sont : le fichier mêle l&apos;UTF-8 et un autre encodage (Windows-1252?); enregistrez le fichier en UTF-8 et importez-le de nouveau</translation>
    </message>
</context>
<context>
    <name>bilan::CsvWriter</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>impossible d&apos;écrire le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>bilan::Database</name>
    <message>
        <source>no database file was given</source>
        <translation>aucun fichier de base de données n&apos;a été indiqué</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied</source>
        <translation>%1 ne peut pas être lu&#xa0;: permission refusée</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Bilan database; choose another file or delete it to start a new database</source>
        <translation>%1 est un fichier vide, pas une base de données Bilan; choisissez un autre fichier ou supprimez-le pour créer une nouvelle base de données</translation>
    </message>
    <message>
        <source>%1 is not a Bilan database (it is not a SQLite file)</source>
        <translation>%1 n&apos;est pas une base de données Bilan (ce n&apos;est pas un fichier SQLite)</translation>
    </message>
    <message>
        <source>%1 is read-only: Bilan cannot save changes to it</source>
        <translation>%1 est en lecture seule&#xa0;: Bilan ne peut pas y enregistrer de modifications</translation>
    </message>
    <message>
        <source>the folder of %1 is read-only: Bilan needs to write its journal beside the database</source>
        <translation>le dossier de %1 est en lecture seule&#xa0;: Bilan doit écrire son journal à côté de la base de données</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>cannot create %1: another file appeared with that name</source>
        <translation>impossible de créer %1 : un autre fichier portant ce nom est apparu entre-temps</translation>
    </message>
    <message>
        <source>the SQLite driver for Qt is missing (install libqt6sql6-sqlite)</source>
        <translation>le pilote SQLite de Qt est absent (installez libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Bilan (database version %2, this Bilan knows up to %3); update Bilan to open it</source>
        <translation>%1 a été écrit par une version plus récente de Bilan (version de base de données %2, cette version de Bilan connaît jusqu&apos;à la version %3); mettez Bilan à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>%1 must be upgraded to this version of Bilan first; open it once for writing</source>
        <translation>%1 doit d&apos;abord être mis à niveau pour cette version de Bilan; ouvrez-le une fois en écriture</translation>
    </message>
    <message>
        <source>could not copy %1 before upgrading it, so it was left as it is: %2</source>
        <translation>impossible de copier %1 avant sa mise à niveau; il a donc été laissé tel quel&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is in use by another program that is writing to it; nothing was changed, try again in a moment</source>
        <translation>%1 est utilisé par un autre programme qui y écrit; rien n&apos;a été modifié, réessayez dans un moment</translation>
    </message>
    <message>
        <source>the disk holding %1 is full; nothing was changed</source>
        <translation>le disque contenant %1 est plein; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1 could not be read or written: %2</source>
        <translation>%1 n&apos;a pas pu être lu ou écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>the database refused the change: %1</source>
        <translation>la base de données a refusé la modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>database error in %1: %2</source>
        <translation>erreur de base de données dans %1 : %2</translation>
    </message>
    <message>
        <source>%1 is in a read-only folder and has changes not yet written into it (%2); copy both files to a folder you can write to</source>
        <translation>%1 est dans un dossier en lecture seule et contient des changements pas encore intégrés au fichier (%2); copiez les deux fichiers dans un dossier où vous pouvez écrire</translation>
    </message>
    <message>
        <source>%1 is a SQLite database of another program, not a Bilan database</source>
        <translation>%1 est une base de données SQLite d&apos;un autre programme, pas une base de données Bilan</translation>
    </message>
    <message>
        <source>cannot create %1: its journal could not be written into it</source>
        <translation>impossible de créer %1&#xa0;: son journal n&apos;a pas pu y être reporté</translation>
    </message>
    <message>
        <source>cannot write %1: the disk is full</source>
        <translation>impossible d&apos;écrire %1&#xa0;: le disque est plein</translation>
    </message>
    <message>
        <source>%1 is damaged: part of it cannot be read. Restore it from your last backup, or check it with: sqlite3 %2 &quot;PRAGMA integrity_check&quot;</source>
        <translation>%1 est endommagé&#xa0;: une partie ne peut pas être lue. Restaurez-le depuis votre dernière sauvegarde, ou vérifiez-le avec&#xa0;: sqlite3 %2 &quot;PRAGMA integrity_check&quot;</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a Bilan database. If it is yours, restore it from your last backup, or check it with: sqlite3 %2 &quot;PRAGMA integrity_check&quot;</source>
        <translation>%1 est endommagé ou n&apos;est pas une base de données Bilan. Si c&apos;est la vôtre, restaurez-la depuis votre dernière sauvegarde, ou vérifiez-la avec&#xa0;: sqlite3 %2 &quot;PRAGMA integrity_check&quot;</translation>
    </message>
    <message>
        <source>cannot create %1: %2 is left from an earlier database and cannot be removed</source>
        <translation>impossible de créer %1&#xa0;: %2, laissé par une base de données antérieure, ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>%1 holds tables of another program, not a Bilan database; give Bilan an empty database of its own</source>
        <translation>%1 contient les tables d&apos;un autre programme, pas une base Bilan; donnez à Bilan une base vide qui lui soit propre</translation>
    </message>
    <message>
        <source>%1 holds no Bilan data yet; fill it first (bilan copy, bilan demo, an import or the window)</source>
        <translation>%1 ne contient encore aucune donnée Bilan; remplissez-la d&apos;abord (bilan copy, bilan demo, une importation ou la fenêtre)</translation>
    </message>
    <message>
        <source>%1 is not a server address; write it postgresql://[user@]host[:port]/database[?sslmode=require]</source>
        <translation>%1 n&apos;est pas une adresse de serveur; écrivez-la postgresql://[utilisateur@]hôte[:port]/base[?sslmode=require]</translation>
    </message>
    <message>
        <source>the server address has a setting Bilan does not know: %1 (known: %2)</source>
        <translation>l&apos;adresse du serveur contient un paramètre que Bilan ne connaît pas&#xa0;: %1 (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the PostgreSQL driver for Qt is missing (install libqt6sql6-psql)</source>
        <translation>le pilote PostgreSQL de Qt est absent (installez libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>the server %1 refused the login: wrong user name or password</source>
        <translation>le serveur %1 a refusé la connexion&#xa0;: nom d&apos;utilisateur ou mot de passe erroné</translation>
    </message>
    <message>
        <source>the server %1 refused the connection: %2</source>
        <translation>le serveur %1 a refusé la connexion&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot reach the server %1: %2</source>
        <translation>impossible de joindre le serveur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>your login (%1) is not allowed to make this change on %2; ask the cooperative&apos;s director for the right role</source>
        <translation>votre compte (%1) n&apos;est pas autorisé à faire cette modification sur %2; demandez le rôle approprié à la direction de la coopérative</translation>
    </message>
    <message>
        <source>%1 is busy with another desk&apos;s change; nothing was changed, try again in a moment</source>
        <translation>%1 est occupée par la modification d&apos;un autre poste; rien n&apos;a été modifié, réessayez dans un instant</translation>
    </message>
    <message>
        <source>the server %1 has no room left; nothing was changed</source>
        <translation>le serveur %1 n&apos;a plus d&apos;espace; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the connection to the server %1 was lost; nothing was changed. Bilan reconnects when the server is back</source>
        <translation>la connexion au serveur %1 a été perdue; rien n&apos;a été modifié. Bilan se reconnecte dès que le serveur est de retour</translation>
    </message>
    <message>
        <source>database error on %1: %2</source>
        <translation>erreur de base de données sur %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>bilan::DatabaseCopy</name>
    <message>
        <source>%1 and %2 are the same database: a database cannot be copied onto itself</source>
        <translation>%1 et %2 sont la même base de données&#xa0;: une base de données ne peut pas être copiée sur elle-même</translation>
    </message>
    <message>
        <source>%1 is at schema version %2 and %3 at version %4; open both with this version of Bilan first</source>
        <translation>%1 est à la version de schéma %2 et %3 à la version %4; ouvrez d&apos;abord les deux avec cette version de Bilan</translation>
    </message>
    <message>
        <source>%1 already holds Bilan data (%2); a copy goes only into an empty database, so that nothing of it is mixed with or lost under the copy: give a new file, or an empty database on the server</source>
        <translation>%1 contient déjà des données de Bilan (%2); une copie ne va que dans une base de données vide, pour que rien de ce qu&apos;elle contient ne soit mêlé à la copie ni perdu sous elle&#xa0;: indiquez un nouveau fichier, ou une base de données vide sur le serveur</translation>
    </message>
    <message>
        <source>the copy of %1 into %2 stopped at the table %3, and nothing was written: %4</source>
        <translation>la copie de %1 dans %2 s&apos;est arrêtée à la table %3, et rien n&apos;a été écrit&#xa0;: %4</translation>
    </message>
    <message>
        <source>the source and the target are the same database: a database cannot be copied onto itself</source>
        <translation>la source et la destination sont la même base de données&#xa0;: une base de données ne peut pas être copiée sur elle-même</translation>
    </message>
    <message>
        <source>cannot write %1: it already exists and is not a Bilan database; a copy never replaces a file: give the name of a new file</source>
        <translation>impossible d&apos;écrire %1&#xa0;: ce fichier existe déjà et n&apos;est pas une base de données de Bilan; une copie ne remplace jamais un fichier&#xa0;: indiquez le nom d&apos;un nouveau fichier</translation>
    </message>
    <message>
        <source>cannot write %1: its journal could not be written into it</source>
        <translation>impossible d&apos;écrire %1&#xa0;: son journal n&apos;a pas pu y être transcrit</translation>
    </message>
</context>
<context>
    <name>bilan::DatabaseSummaryView</name>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
</context>
<context>
    <name>bilan::DateEdits</name>
    <message>
        <source>Leave --:-- when not recorded (Delete empties the time).</source>
        <translation>Laissez --:-- si l&apos;heure n&apos;est pas consignée (Suppr vide l&apos;heure).</translation>
    </message>
</context>
<context>
    <name>bilan::DeleteEntryCommand</name>
    <message>
        <source>Delete an entry</source>
        <translation>Supprimer une entrée de temps</translation>
    </message>
    <message>
        <source>this entry no longer exists</source>
        <translation>cette entrée de temps n&apos;existe plus</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
</context>
<context>
    <name>bilan::DemoCommand</name>
    <message>
        <source>demo takes no argument besides --db FILE (got &quot;%1&quot;)</source>
        <translation>demo n&apos;accepte aucun argument autre que --db FILE (reçu «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>demo needs --db FILE, the database file to create</source>
        <translation>demo requiert --db FILE, le fichier de la base de données à créer</translation>
    </message>
    <message>
        <source>%1: demo database written in %2 s: %3 organisations, %4 experts, %5 hour entries over the fiscal years 2015-2016 to 2024-2025</source>
        <translation>%1: base de données de démonstration écrite en %2 s&#xa0;: %3 organisations, %4 experts, %5 entrées de temps sur les exercices 2015-2016 à 2024-2025</translation>
    </message>
</context>
<context>
    <name>bilan::DemoData</name>
    <message>
        <source>%1 already holds data; the demo is only written into an empty database</source>
        <translation>%1 contient déjà des données; la démonstration ne s&apos;écrit que dans une base de données vide</translation>
    </message>
    <message>
        <source>the demo needs fiscal years starting in April; this database starts them in another month</source>
        <translation>la démonstration requiert des exercices commençant en avril; dans cette base de données, ils commencent à un autre mois</translation>
    </message>
</context>
<context>
    <name>bilan::DevelopmentView</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>The report for %1 will print: %2 of respondents would recommend the cooperative (%3 respondents).</source>
        <translation>Le rapport de %1 imprimera&#xa0;: %2 des répondants recommanderaient la coopérative (%3 répondants).</translation>
    </message>
    <message>
        <source>No survey answered for %1: the report leaves the satisfaction question out.</source>
        <translation>Aucun sondage pour %1&#xa0;: le rapport omet la question de satisfaction.</translation>
    </message>
    <message>
        <source>%1 is not in the fiscal year %2 shown; choose that year first</source>
        <translation>%1 n&apos;est pas dans l&apos;exercice %2 affiché; choisissez d&apos;abord cet exercice</translation>
    </message>
    <message>
        <source>Remove the Activity</source>
        <translation>Supprimer l&apos;activité</translation>
    </message>
    <message>
        <source>Remove the activity of %1 (%2)?</source>
        <translation>Supprimer l&apos;activité du %1 (%2)?</translation>
    </message>
    <message>
        <source>Remove the Survey</source>
        <translation>Supprimer le sondage</translation>
    </message>
    <message>
        <source>Remove the satisfaction survey of %1?</source>
        <translation>Supprimer le sondage de satisfaction de %1?</translation>
    </message>
    <message>
        <source>The fiscal year %1 is closed: its survey and activities can be read but not changed.</source>
        <translation>L&apos;exercice %1 est fermé&#xa0;: son sondage et ses activités peuvent être consultés, mais non modifiés.</translation>
    </message>
    <message>
        <source>Search the activities (date, type, audience, title)</source>
        <translation>Chercher parmi les activités (date, type, public, titre)</translation>
    </message>
</context>
<context>
    <name>bilan::EditEntryCommand</name>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>this entry no longer exists</source>
        <translation>cette entrée de temps n&apos;existe plus</translation>
    </message>
</context>
<context>
    <name>bilan::EngagementCohortModel</name>
    <message>
        <source>Organisations whose first membership began in %1</source>
        <translation>Organisations dont la première adhésion a commencé en %1</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Adhésions</translation>
    </message>
    <message>
        <source>End of year</source>
        <translation>Fin d&apos;exercice</translation>
    </message>
    <message>
        <source>+1 year</source>
        <translation>+1 an</translation>
    </message>
    <message>
        <source>+%1 years</source>
        <translation>+%1 ans</translation>
    </message>
    <message>
        <source>Organisations whose first membership began in the year</source>
        <translation>Organisations dont la première adhésion a commencé pendant l&apos;exercice</translation>
    </message>
    <message>
        <source>Still members on the last day of the year they joined</source>
        <translation>Encore membres le dernier jour de l&apos;exercice de leur adhésion</translation>
    </message>
    <message>
        <source>Still members on the last day of the fiscal year a year later</source>
        <translation>Encore membres le dernier jour de l&apos;exercice suivant</translation>
    </message>
    <message>
        <source>Still members on the last day of the fiscal year %1 years later</source>
        <translation>Encore membres le dernier jour de l&apos;exercice, %1 ans plus tard</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of the %2 organisations that joined in %3 were members on %4</source>
        <translation>%1 des %2 organisations entrées en %3 étaient membres le %4</translation>
    </message>
</context>
<context>
    <name>bilan::EngagementCommand</name>
    <message>
        <source>Usage:
  bilan engagement --db FILE --year 2019-2020 [--json]

Prints member engagement in one fiscal year: the members retained and lost, each
organisation&apos;s hours against the year before and its status (at risk, lapsed,
declining, new, steady, growing, non-member), and the members by year joined.
With --json, one JSON object (time in minutes, percentages with one decimal).
</source>
        <translation>Utilisation :
  bilan engagement --db FILE --year 2019-2020 [--json]

Affiche l&apos;engagement des membres au cours d&apos;un exercice : les membres conservés et
perdus, les heures de chaque organisation comparées à l&apos;exercice précédent et son
statut (à risque, a quitté, en baisse, nouveau, stable, en hausse, non-membre), et
les membres selon l&apos;exercice de leur adhésion. Avec --json, un objet JSON (durées en
minutes, pourcentages à une décimale).
</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
</context>
<context>
    <name>bilan::EngagementModel</name>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>En baisse</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>Stable</translation>
    </message>
    <message>
        <source>Growing</source>
        <translation>En hausse</translation>
    </message>
    <message>
        <source>Non-member</source>
        <translation>Non membre</translation>
    </message>
    <message>
        <source>A member on the year&apos;s last day with no service in its last six months, or whose hours fell by half or more from the year before</source>
        <translation>Membre le dernier jour de l&apos;exercice, sans service pendant ses six derniers mois, ou dont les heures ont baissé de moitié ou plus par rapport à l&apos;exercice précédent</translation>
    </message>
    <message>
        <source>A member during the year, no longer a member on its last day</source>
        <translation>Membre pendant l&apos;exercice, mais plus membre à son dernier jour</translation>
    </message>
    <message>
        <source>A member whose hours fell by 10% or more from the year before</source>
        <translation>Membre dont les heures ont baissé de 10&#xa0;% ou plus par rapport à l&apos;exercice précédent</translation>
    </message>
    <message>
        <source>A member whose membership began during the year</source>
        <translation>Membre dont l&apos;adhésion a commencé pendant l&apos;exercice</translation>
    </message>
    <message>
        <source>A member whose hours changed by less than 10% from the year before</source>
        <translation>Membre dont les heures ont varié de moins de 10&#xa0;% par rapport à l&apos;exercice précédent</translation>
    </message>
    <message>
        <source>A member whose hours rose by 10% or more from the year before</source>
        <translation>Membre dont les heures ont augmenté de 10&#xa0;% ou plus par rapport à l&apos;exercice précédent</translation>
    </message>
    <message>
        <source>Served, but not a member on the year&apos;s last day</source>
        <translation>A reçu des services, mais n&apos;est pas membre le dernier jour de l&apos;exercice</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Hours %1</source>
        <translation>Heures %1</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Hours before</source>
        <translation>Heures avant</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>5 years</source>
        <translation>5 ans</translation>
    </message>
    <message>
        <source>Last service</source>
        <translation>Dernier service</translation>
    </message>
    <message>
        <source>Months since</source>
        <translation>Mois depuis</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>The category of membership on the year&apos;s last day</source>
        <translation>La catégorie d&apos;adhésion le dernier jour de l&apos;exercice</translation>
    </message>
    <message>
        <source>A member on the year&apos;s last day</source>
        <translation>Membre le dernier jour de l&apos;exercice</translation>
    </message>
    <message>
        <source>Change of the hours from the year before, in percent</source>
        <translation>Variation des heures par rapport à l&apos;exercice précédent, en pourcentage</translation>
    </message>
    <message>
        <source>Hours of each of the last five fiscal years, the year shown last</source>
        <translation>Heures de chacun des cinq derniers exercices, l&apos;exercice affiché en dernier</translation>
    </message>
    <message>
        <source>The latest service up to the year&apos;s last day</source>
        <translation>Le dernier service jusqu&apos;au dernier jour de l&apos;exercice</translation>
    </message>
    <message>
        <source>Whole months from the latest service to the year&apos;s last day</source>
        <translation>Mois complets entre le dernier service et le dernier jour de l&apos;exercice</translation>
    </message>
    <message>
        <source>Distinct experts who served the organisation during the year</source>
        <translation>Experts différents qui ont servi l&apos;organisation pendant l&apos;exercice</translation>
    </message>
    <message>
        <source>Distinct fields of expertise that served the organisation during the year</source>
        <translation>Champs d&apos;expertise différents qui ont servi l&apos;organisation pendant l&apos;exercice</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>bilan::EngagementStatus</name>
    <message>
        <source>At risk</source>
        <translation>À risque</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>A quitté</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>En baisse</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>Stable</translation>
    </message>
    <message>
        <source>Growing</source>
        <translation>En hausse</translation>
    </message>
    <message>
        <source>Non-member</source>
        <translation>Non-membre</translation>
    </message>
</context>
<context>
    <name>bilan::EngagementText</name>
    <message>
        <source>Members on the first day</source>
        <translation>Membres le premier jour</translation>
    </message>
    <message>
        <source>Members on the last day</source>
        <translation>Membres le dernier jour</translation>
    </message>
    <message>
        <source>Members on both days</source>
        <translation>Membres les deux jours</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Attrition</source>
        <translation>Attrition</translation>
    </message>
    <message>
        <source>Net gain</source>
        <translation>Gain net</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Organisations by status</source>
        <translation>Organisations par statut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Hours %1</source>
        <translation>Heures %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Last service</source>
        <translation>Dernier service</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
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
        <source>No organisation was a member or served in %1 or %2.</source>
        <translation>Aucune organisation n&apos;a été membre ni servie en %1 ou en %2.</translation>
    </message>
    <message>
        <source>No membership began by the end of %1.</source>
        <translation>Aucune adhésion n&apos;a commencé avant la fin de %1.</translation>
    </message>
    <message>
        <source>Joined in</source>
        <translation>Adhésion en</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Adhérents</translation>
    </message>
    <message>
        <source>Organisations by the fiscal year of their first membership, and how many of them were members at the end of each year since</source>
        <translation>Organisations selon l&apos;exercice de leur première adhésion, et combien d&apos;entre elles étaient membres à la fin de chaque exercice depuis</translation>
    </message>
    <message>
        <source>Member engagement, fiscal year %1 (%2 to %3)</source>
        <translation>Engagement des membres, exercice %1 (du %2 au %3)</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
</context>
<context>
    <name>bilan::EngagementView</name>
    <message>
        <source>Export Engagement &amp;List…</source>
        <translation>Exporter la &amp;liste d&apos;engagement…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>None at the year&apos;s end</source>
        <translation>Aucune catégorie en fin d&apos;exercice</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Reading the engagement of %1…</source>
        <translation>Lecture de l&apos;engagement de %1…</translation>
    </message>
    <message>
        <source>No member or service in %1 yet. Record memberships on the Members page, and the hours given to organisations on the Hours page.</source>
        <translation>Aucun membre ni service en %1 pour l&apos;instant. Inscrivez les adhésions à la page Membres, et les heures données aux organisations à la page Heures.</translation>
    </message>
    <message>
        <source>Members: %1 on %2, %3 on %4. Retention %5, attrition %6, net gain %7.</source>
        <translation>Membres&#xa0;: %1 le %2, %3 le %4. Rétention %5, attrition %6, gain net %7.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <source>%1 organisations</source>
        <translation>%1 organisations</translation>
    </message>
    <message>
        <source>%1 of %2 organisations shown</source>
        <translation>%1 organisations affichées sur %2</translation>
    </message>
    <message>
        <source>Engagement %1</source>
        <translation>Engagement %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>Variation (%)</translation>
    </message>
    <message>
        <source>Hours %1</source>
        <translation>Heures %1</translation>
    </message>
    <message>
        <source>1 organisation written to %1.</source>
        <translation>1 organisation écrite dans %1.</translation>
    </message>
    <message>
        <source>%1 organisations written to %2.</source>
        <translation>%1 organisations écrites dans %2.</translation>
    </message>
    <message>
        <source>engagement-%1</source>
        <translation>engagement-%1</translation>
    </message>
</context>
<context>
    <name>bilan::ExpertRepository</name>
    <message>
        <source>an expert</source>
        <translation>un expert</translation>
    </message>
    <message>
        <source>no expert with id %1</source>
        <translation>aucun expert portant l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>cannot delete &quot;%1&quot;: 1 hour entry refers to them</source>
        <translation>impossible de supprimer «&#xa0;%1&#xa0;»&#xa0;: 1 entrée de temps lui est associée</translation>
    </message>
    <message>
        <source>cannot delete &quot;%1&quot;: %2 hour entries refer to them</source>
        <translation>impossible de supprimer «&#xa0;%1&#xa0;»&#xa0;: %2 entrées de temps lui sont associées</translation>
    </message>
    <message>
        <source>no aggregate for %1</source>
        <translation>aucun agrégat pour le %1</translation>
    </message>
</context>
<context>
    <name>bilan::ExpertRole</name>
    <message>
        <source>Professional</source>
        <translation>Ressource professionnelle</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Ressources professionnelles</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Formateurs</translation>
    </message>
    <message>
        <source>Directors</source>
        <translation>Directions</translation>
    </message>
</context>
<context>
    <name>bilan::ExpertTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Fields of expertise</source>
        <translation>Champs d&apos;expertise</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>bilan::ExpertsView</name>
    <message>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>field | field | field</source>
        <translation>champ | champ | champ</translation>
    </message>
    <message>
        <source>Separate the fields of expertise with &quot;|&quot;.</source>
        <translation>Séparez les champs d&apos;expertise par «&#xa0;|&#xa0;».</translation>
    </message>
    <message>
        <source>Expert: %1</source>
        <translation>Expert&#xa0;: %1</translation>
    </message>
    <message>
        <source>New expert</source>
        <translation>Nouvel expert</translation>
    </message>
    <message>
        <source>Search the experts (name, field, region)</source>
        <translation>Chercher parmi les experts (nom, domaine, région)</translation>
    </message>
    <message>
        <source>experts</source>
        <translation>experts</translation>
    </message>
    <message>
        <source>Export E&amp;xperts List…</source>
        <translation>Exporter la liste des e&amp;xperts…</translation>
    </message>
</context>
<context>
    <name>bilan::ExportDialog</name>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Rien n&apos;a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 row written to %1.</source>
        <translation>1 ligne écrite dans %1.</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>%1 lignes écrites dans %2.</translation>
    </message>
    <message>
        <source>Export to a CSV File or a Workbook</source>
        <translation>Exporter dans un fichier CSV ou un classeur</translation>
    </message>
</context>
<context>
    <name>bilan::FiguresCommand</name>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>Usage:
  bilan figures --db FILE --year 2019-2020 [--json]
  bilan figures --db FILE --year 2019-2020 --xlsx FILE.xlsx [--lang fr|en]

Prints the figures of one fiscal year: a table, or with --json one JSON object
(money in cents, time in minutes, percentages with one decimal, null when a
figure cannot be computed). With --xlsx, writes them as an Excel workbook
instead: one sheet per section of the report, the year before beside each
figure, in French or English (--lang; the system&apos;s language by default).
</source>
        <translation>Utilisation&#xa0;:
  bilan figures --db FILE --year 2019-2020 [--json]
  bilan figures --db FILE --year 2019-2020 --xlsx FILE.xlsx [--lang fr|en]

Affiche les chiffres d&apos;un exercice&#xa0;: un tableau ou, avec --json, un objet JSON
(montants en cents, durées en minutes, pourcentages à une décimale, null
lorsqu&apos;un chiffre ne peut pas être calculé). Avec --xlsx, les écrit plutôt dans un
classeur Excel&#xa0;: une feuille par section du rapport, l&apos;exercice précédent à côté de
chaque chiffre, en français ou en anglais (--lang; la langue du système par défaut).
</translation>
    </message>
    <message>
        <source>The Excel workbook to write, one sheet per section.</source>
        <translation>Le classeur Excel à écrire, une feuille par section.</translation>
    </message>
    <message>
        <source>FILE.xlsx</source>
        <translation>FICHIER.xlsx</translation>
    </message>
    <message>
        <source>The workbook&apos;s language: fr or en.</source>
        <translation>La langue du classeur&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>--json and --xlsx: choose one</source>
        <translation>--json et --xlsx&#xa0;: choisissez l&apos;un ou l&apos;autre</translation>
    </message>
    <message>
        <source>--lang is the workbook&apos;s language: it goes with --xlsx</source>
        <translation>--lang est la langue du classeur&#xa0;: elle accompagne --xlsx</translation>
    </message>
    <message>
        <source>--lang is fr or en, not &quot;%1&quot;</source>
        <translation>--lang vaut fr ou en, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2 sheets written</source>
        <translation>%1&#xa0;: %2 feuilles écrites</translation>
    </message>
</context>
<context>
    <name>bilan::FiguresText</name>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>Figures of the fiscal year %1 (%2 to %3)</source>
        <translation>Chiffres de l&apos;exercice %1 (du %2 au %3)</translation>
    </message>
    <message>
        <source>Services to members</source>
        <translation>Services aux membres</translation>
    </message>
    <message>
        <source>Hours rendered</source>
        <translation>Heures de services rendus</translation>
    </message>
    <message>
        <source>Hours the year before</source>
        <translation>Heures de services, exercice précédent</translation>
    </message>
    <message>
        <source>Hours growth</source>
        <translation>Croissance des heures de services</translation>
    </message>
    <message>
        <source>Enterprises served</source>
        <translation>Entreprises servies</translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation>Recommanderaient nos services</translation>
    </message>
    <message>
        <source>Survey respondents</source>
        <translation>Répondants au sondage</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membrariat</translation>
    </message>
    <message>
        <source>Members at year end</source>
        <translation>Organisations membres en fin d&apos;exercice</translation>
    </message>
    <message>
        <source>Members a year before</source>
        <translation>Organisations membres un an plus tôt</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>Nouveaux membres</translation>
    </message>
    <message>
        <source>Members who left</source>
        <translation>Membres ayant quitté</translation>
    </message>
    <message>
        <source>Membership growth</source>
        <translation>Croissance du membrariat</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Affaires financières</translation>
    </message>
    <message>
        <source>Revenue, the year before</source>
        <translation>Produits, exercice précédent</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Revenue budgeted</source>
        <translation>Produits budgétés</translation>
    </message>
    <message>
        <source>Revenue to budget</source>
        <translation>Produits par rapport au budget</translation>
    </message>
    <message>
        <source>Revenue budgeted next year</source>
        <translation>Produits budgétés, exercice suivant</translation>
    </message>
    <message>
        <source>Expenses, the year before</source>
        <translation>Frais d&apos;exploitation, exercice précédent</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Frais d&apos;exploitation</translation>
    </message>
    <message>
        <source>Expenses budgeted</source>
        <translation>Frais d&apos;exploitation budgétés</translation>
    </message>
    <message>
        <source>Expenses to budget</source>
        <translation>Frais d&apos;exploitation par rapport au budget</translation>
    </message>
    <message>
        <source>Expenses budgeted next year</source>
        <translation>Frais d&apos;exploitation budgétés, exercice suivant</translation>
    </message>
    <message>
        <source>Surplus, the year before</source>
        <translation>Excédent, exercice précédent</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Excédent de l&apos;exercice</translation>
    </message>
    <message>
        <source>Surplus budgeted</source>
        <translation>Excédent budgété</translation>
    </message>
    <message>
        <source>Surplus budgeted next year</source>
        <translation>Excédent budgété, exercice suivant</translation>
    </message>
    <message>
        <source>Revenue growth</source>
        <translation>Croissance des produits</translation>
    </message>
    <message>
        <source>Growth of members&apos; revenue</source>
        <translation>Croissance des revenus des membres</translation>
    </message>
    <message>
        <source>Growth of auxiliary members&apos; revenue</source>
        <translation>Croissance des revenus des membres auxiliaires</translation>
    </message>
    <message>
        <source>Self-financing</source>
        <translation>Ratio d&apos;autofinancement</translation>
    </message>
    <message>
        <source>Human capital</source>
        <translation>Capital humain</translation>
    </message>
    <message>
        <source>Average age</source>
        <translation>Moyenne d&apos;âge</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Associative life</source>
        <translation>Vie associative</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Taux de présence aux rencontres</translation>
    </message>
    <message>
        <source>Directors in office at year end</source>
        <translation>Membres du conseil en fonction en fin d&apos;exercice</translation>
    </message>
    <message>
        <source>Business development</source>
        <translation>Développement des affaires</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>— withheld: fewer than %1 people gave this information</source>
        <translation>— non publié&#xa0;: moins de %1 personnes ont donné cette information</translation>
    </message>
    <message>
        <source>Operations with members (Article 17)</source>
        <translation>Opérations avec les membres (article 17)</translation>
    </message>
</context>
<context>
    <name>bilan::FileDialog</name>
    <message>
        <source>Replace the File?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>bilan::FinanceKind</name>
    <message>
        <source>Revenue from members</source>
        <translation>Revenus des membres</translation>
    </message>
    <message>
        <source>Revenue from auxiliary members</source>
        <translation>Revenus des membres auxiliaires</translation>
    </message>
    <message>
        <source>Other revenue</source>
        <translation>Autres revenus</translation>
    </message>
    <message>
        <source>Public funding</source>
        <translation>Financement public</translation>
    </message>
    <message>
        <source>Expense</source>
        <translation>Frais d&apos;exploitation</translation>
    </message>
</context>
<context>
    <name>bilan::FinanceRepository</name>
    <message>
        <source>finance line %1 holds an unknown scenario or kind (&quot;%2&quot;, &quot;%3&quot;)</source>
        <translation>le poste financier %1 a un scénario ou un type inconnu («&#xa0;%2&#xa0;», «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>there is already a line for %1, %2, %3 without a label</source>
        <translation>il existe déjà un poste pour %1, %2, %3 sans libellé</translation>
    </message>
    <message>
        <source>there is already a line for %1, %2, %3 labelled &quot;%4&quot;</source>
        <translation>il existe déjà un poste pour %1, %2, %3 avec le libellé «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>no finance line with id %1</source>
        <translation>aucun poste financier portant l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>the finance lines of %1 hold an unknown kind &quot;%2&quot;</source>
        <translation>les postes financiers de %1 contiennent un type inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>bilan::FinanceTotals</name>
    <message>
        <source>the finance lines of %1 (%2) add up to more than %3, the most Bilan can add up; correct their amounts</source>
        <translation>les lignes financières de %1 (%2) totalisent plus de %3, le plus que Bilan peut additionner&#xa0;; corrigez leurs montants</translation>
    </message>
</context>
<context>
    <name>bilan::FinanceYearModel</name>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>no finance line at row %1</source>
        <translation>aucun poste financier à la ligne %1</translation>
    </message>
</context>
<context>
    <name>bilan::FinancesView</name>
    <message>
        <source>The fiscal year %1 is closed: its lines can be read but not changed.</source>
        <translation>L&apos;exercice %1 est fermé&#xa0;: ses lignes peuvent être consultées, mais pas modifiées.</translation>
    </message>
    <message>
        <source>Select the line to remove.</source>
        <translation>Sélectionnez la ligne à supprimer.</translation>
    </message>
    <message>
        <source>&amp;Reopen the year…</source>
        <translation>&amp;Rouvrir l&apos;exercice…</translation>
    </message>
    <message>
        <source>&amp;Close the year…</source>
        <translation>&amp;Clore l&apos;exercice…</translation>
    </message>
    <message>
        <source>%1 — %2 — %3: %4</source>
        <translation>%1 — %2 — %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Remove the line « %1 »?</source>
        <translation>Supprimer la ligne «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Close the year</source>
        <translation>Clore l&apos;exercice</translation>
    </message>
    <message>
        <source>Reopen the year</source>
        <translation>Rouvrir l&apos;exercice</translation>
    </message>
    <message>
        <source>Reopen the fiscal year %1 so its hours, finances, survey and activities can be changed again</source>
        <translation>Rouvrir l&apos;exercice %1 pour que ses heures, ses finances, son sondage et ses activités puissent de nouveau être modifiés</translation>
    </message>
    <message>
        <source>Close the fiscal year %1: its hours, finances, survey and activities can then no longer be changed</source>
        <translation>Clore l&apos;exercice %1&#xa0;: ses heures, ses finances, son sondage et ses activités ne pourront plus être modifiés</translation>
    </message>
    <message>
        <source>Close the fiscal year %1?

Once closed, the hours, the finances, the satisfaction survey and the business-development activities of %1 can no longer be added, changed or deleted, at any desk, until the year is reopened.</source>
        <translation>Clore l&apos;exercice %1&#xa0;?

Une fois clos, les heures, les finances, le sondage de satisfaction et les activités de développement des affaires de %1 ne peuvent plus être ajoutés, modifiés ni supprimés, à aucun poste, tant que l&apos;exercice n&apos;est pas rouvert.</translation>
    </message>
    <message>
        <source>Reopen the fiscal year %1?

Its hours, finances, survey and activities can be changed again; figures already published may then no longer match.</source>
        <translation>Rouvrir l&apos;exercice %1&#xa0;?

Ses heures, ses finances, son sondage et ses activités pourront de nouveau être modifiés&#xa0;; les chiffres déjà publiés pourraient alors ne plus correspondre.</translation>
    </message>
    <message>
        <source>Search the lines (label, kind, scenario)</source>
        <translation>Chercher parmi les lignes (libellé, type, scénario)</translation>
    </message>
</context>
<context>
    <name>bilan::FiscalYear</name>
    <message>
        <source>&quot;%1&quot; is not a fiscal year; write it as 2019-2020 or 2019</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un exercice; écrivez-le sous la forme 2019-2020 ou 2019</translation>
    </message>
    <message>
        <source>fiscal years start in January here, so they are named by one year, like %1</source>
        <translation>ici, les exercices commencent en janvier; ils sont donc désignés par une seule année, comme %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fiscal year: the second year must follow the first, as in %2-%3</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un exercice&#xa0;: la seconde année doit suivre la première, comme dans %2-%3</translation>
    </message>
    <message>
        <source>%1 is out of range for a fiscal year (fiscal years go from %2 to %3)</source>
        <translation>%1 est hors des limites d&apos;un exercice (les exercices vont de %2 à %3)</translation>
    </message>
</context>
<context>
    <name>bilan::Gender</name>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
</context>
<context>
    <name>bilan::HistoryCommand</name>
    <message>
        <source>⚑ late</source>
        <translation>⚑ tardive</translation>
    </message>
    <message>
        <source>Usage:
  bilan history --db FILE [--since YYYY-MM-DD] [--until YYYY-MM-DD]
                [--table TABLE] [--actor WHO] [--late] [--json]

Prints the history of changes, newest first: one line a change (its time in UTC,
who, which desk, what made it, the operation, the table and row, and each changed
column as &quot;column: before → after&quot;), or with --json one JSON array. On a server,
only the director&apos;s login may read it.
TABLE is one of: %1.
</source>
        <translation>Utilisation&#xa0;:
  bilan history --db FILE [--since AAAA-MM-JJ] [--until AAAA-MM-JJ]
                [--table TABLE] [--actor QUI] [--late] [--json]

Affiche l&apos;historique des modifications, la plus récente en premier&#xa0;: une ligne par
modification (son heure UTC, qui, quel poste, ce qui l&apos;a faite, l&apos;opération, la table et
la ligne, et chaque colonne modifiée sous la forme «&#xa0;colonne&#xa0;: avant → après&#xa0;»), ou avec
--json un tableau JSON. Sur un serveur, seule la connexion de la direction peut le lire.
TABLE est l&apos;une des tables suivantes&#xa0;: %1.
</translation>
    </message>
    <message>
        <source>Only the changes made on or after this day (UTC).</source>
        <translation>Seulement les modifications faites ce jour-là ou après (UTC).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only the changes made on or before this day (UTC).</source>
        <translation>Seulement les modifications faites ce jour-là ou avant (UTC).</translation>
    </message>
    <message>
        <source>Only the changes to this table.</source>
        <translation>Seulement les modifications de cette table.</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <source>Only the changes made by WHO.</source>
        <translation>Seulement les modifications faites par QUI.</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>QUI</translation>
    </message>
    <message>
        <source>Only the late changes.</source>
        <translation>Seulement les modifications tardives.</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>history needs --db FILE, the database to read</source>
        <translation>history a besoin de --db FILE, la base de données à lire</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date; write it as YYYY-MM-DD, as in 2026-01-31</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date; écrivez-la AAAA-MM-JJ, par exemple 2026-01-31</translation>
    </message>
    <message>
        <source>--until %1 comes before --since %2</source>
        <translation>--until %1 précède --since %2</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot;; it is one of %2</source>
        <translation>table inconnue «&#xa0;%1&#xa0;»; c&apos;est l&apos;une des tables suivantes&#xa0;: %2</translation>
    </message>
    <message>
        <source>bilan: no change matches</source>
        <translation>bilan&#xa0;: aucune modification ne correspond</translation>
    </message>
</context>
<context>
    <name>bilan::HistoryDialog</name>
    <message>
        <source>No change of this row is recorded.</source>
        <translation>Aucune modification de cette ligne n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
</context>
<context>
    <name>bilan::HistoryModel</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
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
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>What did it</source>
        <translation>Fait par</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tardive</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>When: %1 (%2 UTC)</source>
        <translation>Quand&#xa0;: %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Who: %1, at the desk %2</source>
        <translation>Qui&#xa0;: %1, au poste %2</translation>
    </message>
    <message>
        <source>What did it: %1</source>
        <translation>Fait par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Operation: %1, %2</source>
        <translation>Opération&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Belongs to: %1 #%2</source>
        <translation>Appartient à&#xa0;: %1 no %2</translation>
    </message>
</context>
<context>
    <name>bilan::HistoryView</name>
    <message>
        <source>any day</source>
        <translation>n&apos;importe quel jour</translation>
    </message>
    <message>
        <source>The history of changes is for the director: this login may not read it. Ask the director for what you need to know.</source>
        <translation>L&apos;historique des modifications est réservé à la direction&#xa0;: cette connexion ne peut pas le lire. Demandez à la direction ce que vous avez besoin de savoir.</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Every table</source>
        <translation>Toutes les tables</translation>
    </message>
    <message>
        <source>The %1 newest changes; narrow the filters to see older ones.</source>
        <translation>Les %1 modifications les plus récentes; resserrez les filtres pour voir les plus anciennes.</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 modification</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 modifications</translation>
    </message>
    <message>
        <source>history</source>
        <translation>historique</translation>
    </message>
    <message>
        <source>Change to %1</source>
        <translation>Modification de %1</translation>
    </message>
    <message>
        <source>Export Change Histor&amp;y…</source>
        <translation>Exporter l&apos;historique des &amp;changements…</translation>
    </message>
</context>
<context>
    <name>bilan::HoursEntryList</name>
    <message>
        <source>All experts</source>
        <translation>Tous les experts</translation>
    </message>
    <message>
        <source>Total shown: %1 h (entries: %2)</source>
        <translation>Total affiché&#xa0;: %1 h (entrées&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>bilan::HoursImporter</name>
    <message>
        <source>an expert is required</source>
        <translation>un expert est requis</translation>
    </message>
    <message>
        <source>an organisation is required</source>
        <translation>une organisation est requise</translation>
    </message>
    <message>
        <source>no expert named &quot;%1&quot;; add the expert or import the experts first</source>
        <translation>aucun expert nommé «&#xa0;%1&#xa0;»; ajoutez cet expert ou importez d&apos;abord les experts</translation>
    </message>
    <message>
        <source>no organisation named &quot;%1&quot;; add it or import the organisations first</source>
        <translation>aucune organisation nommée «&#xa0;%1&#xa0;»; ajoutez-la ou importez d&apos;abord les organisations</translation>
    </message>
    <message>
        <source>no expert named &quot;%1&quot;; import the experts first or add the expert on the Experts page, named as in the tracker</source>
        <translation>aucun expert nommé «&#xa0;%1&#xa0;»; importez d&apos;abord les experts ou ajoutez cet expert à la page Experts, sous le nom qu&apos;il porte dans l&apos;outil de suivi du temps</translation>
    </message>
    <message>
        <source>no organisation named &quot;%1&quot;; import the organisations first or add it on the Members page, named as in the tracker</source>
        <translation>aucune organisation nommée «&#xa0;%1&#xa0;»; importez d&apos;abord les organisations ou ajoutez-la à la page Membres, sous le nom qu&apos;elle porte dans l&apos;outil de suivi du temps</translation>
    </message>
    <message>
        <source>an organisation is required; this entry has no client in the tracker: give it one there, or delete the row from the file</source>
        <translation>une organisation est requise; cette entrée n&apos;a pas de client dans l&apos;outil de suivi du temps&#xa0;: donnez-lui-en un dans l&apos;outil, ou supprimez la ligne du fichier</translation>
    </message>
</context>
<context>
    <name>bilan::HoursView</name>
    <message>
        <source>The fiscal year %1 (%2 to %3) is closed: its hours cannot change.</source>
        <translation>L&apos;exercice %1 (du %2 au %3) est fermé&#xa0;: ses heures ne peuvent plus être modifiées.</translation>
    </message>
    <message>
        <source>Choose an expert.</source>
        <translation>Choisissez un expert.</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Semaine du %1 au %2</translation>
    </message>
    <message>
        <source>Week total: %1 h</source>
        <translation>Total de la semaine&#xa0;: %1&#xa0;h</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>Export &amp;Hours List…</source>
        <translation>Exporter la liste des &amp;heures…</translation>
    </message>
</context>
<context>
    <name>bilan::ImportDialog</name>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Memberships (periods as a member)</source>
        <translation>Adhésions (périodes d&apos;adhésion)</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Hours (service entries)</source>
        <translation>Heures (entrées de temps)</translation>
    </message>
    <message>
        <source>Board mandates (directors)</source>
        <translation>Mandats au conseil (membres du conseil)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Meeting attendance</source>
        <translation>Présences aux rencontres</translation>
    </message>
    <message>
        <source>Finances (actual and budget lines)</source>
        <translation>Finances (postes réels et budgétés)</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>Sondages de satisfaction</translation>
    </message>
    <message>
        <source>Business-development activities</source>
        <translation>Activités de développement des affaires</translation>
    </message>
    <message>
        <source>Choose a CSV File to Import</source>
        <translation>Choisir un fichier CSV à importer</translation>
    </message>
    <message>
        <source>The database is open read-only; nothing can be imported into it.</source>
        <translation>La base de données est ouverte en lecture seule&#xa0;; rien ne peut y être importé.</translation>
    </message>
    <message>
        <source>Check the file first: Import is offered once a check finds no problem.</source>
        <translation>Vérifiez d&apos;abord le fichier&#xa0;: le bouton Importer devient disponible dès qu&apos;une vérification ne relève aucun problème.</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Choisissez un fichier à importer.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Checking… %p%</source>
        <translation>Vérification… %p&#xa0;%</translation>
    </message>
    <message>
        <source>Importing… %p%</source>
        <translation>Importation… %p&#xa0;%</translation>
    </message>
    <message>
        <source>Choose the kind of data and a file, then Check it.</source>
        <translation>Choisissez le type de données et un fichier, puis cliquez sur Vérifier.</translation>
    </message>
    <message>
        <source>Check the file to see its problems before anything is written.</source>
        <translation>Vérifiez le fichier pour en voir les problèmes avant que rien ne soit écrit.</translation>
    </message>
    <message>
        <source>Ignored columns (not columns of %1): %2</source>
        <translation>Colonnes ignorées (absentes des colonnes de %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Rien n&apos;a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>1 problem found; nothing was written. Correct the file and check it again.</source>
        <translation>1 problème trouvé&#xa0;; rien n&apos;a été écrit. Corrigez le fichier et vérifiez-le de nouveau.</translation>
    </message>
    <message>
        <source>%1 problems found; nothing was written. Correct the file and check it again.</source>
        <translation>%1 problèmes trouvés&#xa0;; rien n&apos;a été écrit. Corrigez le fichier et vérifiez-le de nouveau.</translation>
    </message>
    <message>
        <source>1 row imported into %1.</source>
        <translation>1 ligne importée dans %1.</translation>
    </message>
    <message>
        <source>%1 rows imported into %2.</source>
        <translation>%1 lignes importées dans %2.</translation>
    </message>
    <message>
        <source>The file has no rows: there is nothing to import.</source>
        <translation>Le fichier ne contient aucune ligne&#xa0;: il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>1 row checked, no problem found. Nothing is written until you press Import.</source>
        <translation>1 ligne vérifiée, aucun problème trouvé. Rien n&apos;est écrit tant que vous ne cliquez pas sur Importer.</translation>
    </message>
    <message>
        <source>%1 rows checked, no problem found. Nothing is written until you press Import.</source>
        <translation>%1 lignes vérifiées, aucun problème trouvé. Rien n&apos;est écrit tant que vous ne cliquez pas sur Importer.</translation>
    </message>
    <message>
        <source>Required columns: %1.</source>
        <translation>Colonnes requises&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Optional columns: %1.</source>
        <translation>Colonnes facultatives&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 est un dossier, pas un fichier CSV.</translation>
    </message>
    <message>
        <source>Meeting resolutions</source>
        <translation>Résolutions des réunions</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;Excel&apos;s Unicode text (*.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Texte Unicode d&apos;Excel (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>Lu comme %1.</translation>
    </message>
    <message>
        <source>%1
%2.</source>
        <extracomment>A status sentence, then on its own line the file&apos;s encoding and delimiter.</extracomment>
        <translation>%1
%2.</translation>
    </message>
    <message>
        <source>Or a Kimai, Clockify or Toggl Track export, as exported.</source>
        <translation>Ou une exportation de Kimai, de Clockify ou de Toggl Track, telle quelle.</translation>
    </message>
</context>
<context>
    <name>bilan::ImportProblemModel</name>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>bilan::ListExport</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the List</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Rien n&apos;a été écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>bilan::ListSearch</name>
    <message>
        <source>Shows only the rows holding every word typed (Ctrl+F)</source>
        <translation>N’affiche que les lignes qui contiennent tous les mots tapés (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>bilan::ListTables</name>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
</context>
<context>
    <name>bilan::MainWindow</name>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
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
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Sauvegarder la base de données…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Open a Bilan database</source>
        <translation>Ouvrir une base de données Bilan</translation>
    </message>
    <message>
        <source>Bilan databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Bilan (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>bilan-backup-%1.sqlite</source>
        <translation>bilan-sauvegarde-%1.sqlite</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Bilan databases (*.sqlite)</source>
        <translation>Bases de données Bilan (*.sqlite)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un fichier CSV…</translation>
    </message>
    <message>
        <source>Create a new Bilan database</source>
        <translation>Créer une nouvelle base de données Bilan</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Se connecter à un ser&amp;veur…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Export a CSV File or Workbook…</source>
        <translation>&amp;Exporter un fichier CSV ou un classeur…</translation>
    </message>
</context>
<context>
    <name>bilan::MandateTableModel</name>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Membre du conseil</translation>
    </message>
    <message>
        <source>Represents</source>
        <translation>Représente</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>(none — individual member)</source>
        <translation>(aucune — membre individuel)</translation>
    </message>
</context>
<context>
    <name>bilan::MandateWriter</name>
    <message>
        <source>the director&apos;s name is required</source>
        <translation>le nom du membre du conseil est requis</translation>
    </message>
    <message>
        <source>the organisation the director represents is required (or tick &quot;individual member&quot;)</source>
        <translation>l&apos;organisation que représente l&apos;administrateur est requise (ou cochez « membre individuel »)</translation>
    </message>
</context>
<context>
    <name>bilan::MandatesPanel</name>
    <message>
        <source>New mandate</source>
        <translation>Nouveau mandat</translation>
    </message>
    <message>
        <source>Mandate of %1</source>
        <translation>Mandat de %1</translation>
    </message>
    <message>
        <source>Remove the mandate</source>
        <translation>Supprimer le mandat</translation>
    </message>
    <message>
        <source>Remove this mandate of %1? To record that a director left the board, end the mandate instead.</source>
        <translation>Supprimer ce mandat de %1&#xa0;? Pour consigner le départ d&apos;un membre du conseil, mettez plutôt fin au mandat.</translation>
    </message>
    <message>
        <source>Directors in office today: %1</source>
        <translation>Membres du conseil en fonction aujourd&apos;hui&#xa0;: %1</translation>
    </message>
    <message>
        <source>Search the mandates (director, organisation, role)</source>
        <translation>Chercher parmi les mandats (membre du conseil, organisation, rôle)</translation>
    </message>
</context>
<context>
    <name>bilan::MeetingEditor</name>
    <message>
        <source>The quorum rule &quot;%1&quot; in the settings is not understood; counting with more than half of the directors in office.</source>
        <translation>La règle de quorum «&#xa0;%1&#xa0;» des paramètres n&apos;est pas comprise; le calcul se fait avec plus de la moitié des membres du conseil en fonction.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the attendance sheet</source>
        <translation>Enregistrer la feuille de présence</translation>
    </message>
    <message>
        <source>attendance-sheet-%1.pdf</source>
        <translation>feuille-de-presence-%1.pdf</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>Enregistrer le procès-verbal</translation>
    </message>
    <message>
        <source>minutes-%1.pdf</source>
        <translation>proces-verbal-%1.pdf</translation>
    </message>
    <message>
        <source>Unsaved Meeting</source>
        <translation>Réunion non enregistrée</translation>
    </message>
    <message>
        <source>The meeting of %1 has unsaved changes.</source>
        <translation>La réunion du %1 a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before leaving?</source>
        <translation>Les enregistrer avant de quitter&#xa0;?</translation>
    </message>
    <message>
        <source>No director is in office on %1: the meeting will have no attendance. Check the dates of the mandates on the Mandates tab.</source>
        <translation>Aucun administrateur n&apos;est en fonction le %1&#xa0;: la rencontre n&apos;aura aucune présence. Vérifiez les dates des mandats dans l&apos;onglet Mandats.</translation>
    </message>
    <message>
        <source>No Director in Office</source>
        <translation>Aucun administrateur en fonction</translation>
    </message>
    <message>
        <source>No director is in office on %1. Save the meeting anyway?</source>
        <translation>Aucun administrateur n&apos;est en fonction le %1. Enregistrer la rencontre quand même?</translation>
    </message>
    <message numerus="yes">
        <source>Quorum reached: %n present of %1, %2 required</source>
        <translation>
            <numerusform>Quorum atteint&#xa0;: %n présent sur %1, %2 requis</numerusform>
            <numerusform>Quorum atteint&#xa0;: %n présents sur %1, %2 requis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No quorum: %n present, %1 required</source>
        <translation>
            <numerusform>Quorum non atteint&#xa0;: %n présent, %1 requis</numerusform>
            <numerusform>Quorum non atteint&#xa0;: %n présents, %1 requis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bilan::MeetingKind</name>
    <message>
        <source>General assembly</source>
        <translation>Assemblée générale</translation>
    </message>
    <message>
        <source>Board meeting</source>
        <translation>Rencontre du conseil</translation>
    </message>
    <message>
        <source>Executive committee meeting</source>
        <translation>Rencontre du comité exécutif</translation>
    </message>
    <message>
        <source>General assemblies</source>
        <translation>Assemblées générales</translation>
    </message>
    <message>
        <source>Board meetings</source>
        <translation>Rencontres du conseil</translation>
    </message>
    <message>
        <source>Executive committee meetings</source>
        <translation>Rencontres du comité exécutif</translation>
    </message>
</context>
<context>
    <name>bilan::MeetingListModel</name>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
</context>
<context>
    <name>bilan::MeetingPrinting</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print to a file</source>
        <translation>Imprimer dans un fichier</translation>
    </message>
</context>
<context>
    <name>bilan::MeetingRepository</name>
    <message>
        <source>a general assembly on %1 already exists</source>
        <translation>il existe déjà une assemblée générale le %1</translation>
    </message>
    <message>
        <source>a board meeting on %1 already exists</source>
        <translation>il existe déjà une rencontre du conseil le %1</translation>
    </message>
    <message>
        <source>an executive meeting on %1 already exists</source>
        <translation>il existe déjà une rencontre du comité exécutif le %1</translation>
    </message>
    <message>
        <source>the date is required</source>
        <translation>la date est requise</translation>
    </message>
    <message>
        <source>no meeting with id %1</source>
        <translation>aucune rencontre portant l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>%1 is listed twice for the meeting on %2</source>
        <translation>%1 figure deux fois pour la rencontre du %2</translation>
    </message>
    <message>
        <source>no attendance of director %1 is recorded at meeting %2</source>
        <translation>aucune présence n&apos;est consignée pour le membre du conseil %1 à la rencontre %2</translation>
    </message>
    <message>
        <source>%1 is not recorded as present at the meeting, so cannot move resolution %2; the mover must be a director present</source>
        <translation>%1 n&apos;est pas inscrit comme présent à la réunion et ne peut donc pas proposer la résolution %2; le proposeur doit être un administrateur présent</translation>
    </message>
    <message>
        <source>%1 is not recorded as present at the meeting, so cannot second resolution %2; the seconder must be a director present</source>
        <translation>%1 n&apos;est pas inscrit comme présent à la réunion et ne peut donc pas appuyer la résolution %2; l&apos;appuyeur doit être un administrateur présent</translation>
    </message>
    <message>
        <source>resolution %1 is already recorded at the meeting of %2; a number is given once per meeting</source>
        <translation>la résolution %1 est déjà inscrite à la réunion du %2; un numéro n&apos;est donné qu&apos;une fois par réunion</translation>
    </message>
    <message>
        <source>resolution %1 is listed twice for the meeting; a number is given once per meeting</source>
        <translation>la résolution %1 figure deux fois pour la réunion; un numéro n&apos;est donné qu&apos;une fois par réunion</translation>
    </message>
    <message>
        <source>%1 moved or seconded resolution %2 of this meeting, so stays recorded as present; change the resolution first</source>
        <translation>%1 a proposé ou appuyé la résolution %2 de cette réunion et reste donc inscrit comme présent; modifiez d&apos;abord la résolution</translation>
    </message>
</context>
<context>
    <name>bilan::MeetingSheets</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 du %2</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <source>No director is in office on that day.</source>
        <translation>Aucun membre du conseil n&apos;est en fonction ce jour-là.</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Membre du conseil</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Represents</source>
        <translation>Représente</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Directors in office on that day: %1.</source>
        <translation>Membres du conseil en fonction ce jour-là&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Attendance sheet — %1</source>
        <translation>Feuille de présence — %1</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Present (%1)</source>
        <translation>Présents (%1)</translation>
    </message>
    <message>
        <source>Absent (%1)</source>
        <translation>Absents (%1)</translation>
    </message>
    <message>
        <source>Excused (%1)</source>
        <translation>Excusés (%1)</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Rule: %1.</source>
        <translation>Règle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Minutes — %1</source>
        <translation>Procès-verbal — %1</translation>
    </message>
    <message numerus="yes">
        <source>Quorum reached: %n present of %1 directors in office, %2 required.</source>
        <translation>
            <numerusform>Quorum atteint&#xa0;: %n présent sur %1 membres du conseil en fonction, %2 requis.</numerusform>
            <numerusform>Quorum atteint&#xa0;: %n présents sur %1 membres du conseil en fonction, %2 requis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No quorum: %n present of %1 directors in office, %2 required.</source>
        <translation>
            <numerusform>Quorum non atteint&#xa0;: %n présent sur %1 membres du conseil en fonction, %2 requis.</numerusform>
            <numerusform>Quorum non atteint&#xa0;: %n présents sur %1 membres du conseil en fonction, %2 requis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lieu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Resolution %1</source>
        <translation>Résolution %1</translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation>Résolutions</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secrétariat</translation>
    </message>
    <message>
        <source>President</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>À partir de %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Proposed by %1, seconded by %2.</source>
        <translation>Proposée par %1, appuyée par %2.</translation>
    </message>
    <message>
        <source>Proposed by %1.</source>
        <translation>Proposée par %1.</translation>
    </message>
    <message>
        <source>Seconded by %1.</source>
        <translation>Appuyée par %1.</translation>
    </message>
    <message>
        <source>For: %1, against: %2, abstaining: %3</source>
        <translation>Pour&#xa0;: %1, contre&#xa0;: %2, abstentions&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>bilan::MembersView</name>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Auxiliary</source>
        <translation>Membre auxiliaire</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>Membre de soutien</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Membre sous entière gestion</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Non membre</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>1 organisation shown</source>
        <translation>1 organisation affichée</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations shown</source>
        <translation>
            <numerusform>%n organisation affichée</numerusform>
            <numerusform>%n organisations affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>1 member on %1</source>
        <translation>1 membre au %1</translation>
    </message>
    <message numerus="yes">
        <source>%n members on %1</source>
        <translation>
            <numerusform>%n membre au %1</numerusform>
            <numerusform>%n membres au %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Select an organisation to see its memberships.</source>
        <translation>Sélectionnez une organisation pour voir ses périodes d&apos;adhésion.</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>Réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Network: none</source>
        <translation>Réseau&#xa0;: aucun</translation>
    </message>
    <message>
        <source>Hours this year (%1): %2</source>
        <translation>Heures de l&apos;exercice en cours (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Hours last year (%1): %2</source>
        <translation>Heures de l&apos;exercice précédent (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Re&amp;join…</source>
        <translation>Réa&amp;dhésion…</translation>
    </message>
    <message>
        <source>&amp;Join…</source>
        <translation>A&amp;dhésion…</translation>
    </message>
    <message>
        <source>Your login may not change organisations.</source>
        <translation>Votre accès ne permet pas de modifier les organisations.</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Supprimer l&apos;organisation</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? Nothing refers to it.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Rien n&apos;y fait référence.</translation>
    </message>
    <message>
        <source>%1. Merge it into the organisation it duplicates, if it is one.</source>
        <translation>%1. S&apos;il s&apos;agit d&apos;un doublon, fusionnez-la plutôt dans l&apos;organisation qu&apos;elle répète.</translation>
    </message>
    <message>
        <source>members</source>
        <translation>membres</translation>
    </message>
    <message>
        <source>Export &amp;Members List…</source>
        <translation>Exporter la liste des &amp;membres…</translation>
    </message>
</context>
<context>
    <name>bilan::MembershipCategory</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Auxiliary</source>
        <translation>Membre auxiliaire</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>Membre de soutien</translation>
    </message>
    <message>
        <source>Managed</source>
        <translation>Membre sous entière gestion</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Auxiliary members</source>
        <translation>Membres auxiliaires</translation>
    </message>
    <message>
        <source>Supporting members</source>
        <translation>Membres de soutien</translation>
    </message>
    <message>
        <source>Fully managed members</source>
        <translation>Membres sous entière gestion</translation>
    </message>
</context>
<context>
    <name>bilan::MembershipPeriodEditor</name>
    <message>
        <source>Rejoin: a new period</source>
        <translation>Réadhésion&#xa0;: nouvelle période</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Rejoin</source>
        <translation>Réadhésion</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Correct the period</source>
        <translation>Corriger la période</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Remove the period</source>
        <translation>Supprimer la période</translation>
    </message>
    <message>
        <source>Remove this period for good? The counts of members will no longer include it.</source>
        <translation>Supprimer définitivement cette période&#xa0;? Elle ne sera plus comptée dans le nombre de membres.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>bilan::MembershipPeriodModel</name>
    <message>
        <source>Not a member from this day on.</source>
        <translation>N&apos;est plus membre à compter de ce jour.</translation>
    </message>
    <message>
        <source>still a member</source>
        <translation>toujours membre</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>the organisation has no running membership to end</source>
        <translation>l&apos;organisation n&apos;a aucune adhésion en cours à laquelle mettre fin</translation>
    </message>
    <message>
        <source>choose an organisation first</source>
        <translation>choisissez d&apos;abord une organisation</translation>
    </message>
    <message>
        <source>no membership with id %1 for this organisation</source>
        <translation>aucune période d&apos;adhésion portant l&apos;identifiant %1 pour cette organisation</translation>
    </message>
</context>
<context>
    <name>bilan::MembershipRepository</name>
    <message>
        <source>no organisation with id %1</source>
        <translation>aucune organisation portant l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>no membership with id %1</source>
        <translation>aucune période d&apos;adhésion portant l&apos;identifiant %1</translation>
    </message>
</context>
<context>
    <name>bilan::MergeOrganisationsCommand</name>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>bilan::NewOrganisationPrompt</name>
    <message>
        <source>C&amp;reate</source>
        <translation>Cré&amp;er</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the register. Create it as:</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas au registre. La créer comme&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the register; the director adds organisations (Members page). Check the spelling, or ask them to add it.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas au registre&#xa0;; c&apos;est la direction qui ajoute les organisations (page Membres). Vérifiez l&apos;orthographe, ou demandez-lui de l&apos;ajouter.</translation>
    </message>
</context>
<context>
    <name>bilan::OrganisationEditor</name>
    <message>
        <source>No network</source>
        <translation>Aucun réseau</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <source>Organisation: %1</source>
        <translation>Organisation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>bilan::OrganisationKind</name>
    <message>
        <source>Cooperative</source>
        <translation>Coopérative</translation>
    </message>
    <message>
        <source>Mutual</source>
        <translation>Mutuelle</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>OBNL</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>bilan::OrganisationMatcher</name>
    <message>
        <source>Type a few letters of the organisation&apos;s name.</source>
        <translation>Tapez quelques lettres du nom de l&apos;organisation.</translation>
    </message>
    <message>
        <source>No organisation matches &quot;%1&quot;.</source>
        <translation>Aucune organisation ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n organisations match &quot;%1&quot;: choose one in the list.</source>
        <translation>
            <numerusform>%n organisation correspond à «&#xa0;%1&#xa0;»&#xa0;: choisissez-la dans la liste.</numerusform>
            <numerusform>%n organisations correspondent à «&#xa0;%1&#xa0;»&#xa0;: choisissez-en une dans la liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bilan::OrganisationMerge</name>
    <message>
        <source>from %1 on</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>1 hour entry</source>
        <translation>1 entrée de temps</translation>
    </message>
    <message>
        <source>%1 hour entries</source>
        <translation>%1 entrées de temps</translation>
    </message>
    <message>
        <source>cannot merge: the membership of &quot;%1&quot; %2 overlaps that of &quot;%3&quot; %4; correct or remove one of the two periods first</source>
        <translation>impossible de fusionner&#xa0;: l&apos;adhésion de «&#xa0;%1&#xa0;» %2 chevauche celle de «&#xa0;%3&#xa0;» %4&#xa0;; corrigez ou supprimez d&apos;abord l&apos;une des deux périodes</translation>
    </message>
    <message>
        <source>cannot merge: &quot;%1&quot; is the network of %2 and &quot;%3&quot; is not a network; keep the network, or make &quot;%3&quot; a network first</source>
        <translation>impossible de fusionner&#xa0;: «&#xa0;%1&#xa0;» est le réseau de %2 et «&#xa0;%3&#xa0;» n&apos;est pas un réseau&#xa0;; gardez le réseau, ou faites d&apos;abord de «&#xa0;%3&#xa0;» un réseau</translation>
    </message>
    <message>
        <source>cannot merge: &quot;%1&quot; belongs, through its networks, to &quot;%2&quot;; change the network of &quot;%1&quot; first</source>
        <translation>impossible de fusionner&#xa0;: «&#xa0;%1&#xa0;» fait partie, par ses réseaux, de «&#xa0;%2&#xa0;»&#xa0;; changez d&apos;abord le réseau de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot merge: &quot;%1&quot; belongs to &quot;%2&quot;, whose members would then include it; change the network of &quot;%1&quot; first</source>
        <translation>impossible de fusionner&#xa0;: «&#xa0;%1&#xa0;» fait partie de «&#xa0;%2&#xa0;», dont les membres l&apos;incluraient alors&#xa0;; changez d&apos;abord le réseau de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot merge an organisation with itself</source>
        <translation>impossible de fusionner une organisation avec elle-même</translation>
    </message>
    <message>
        <source>cannot merge: &quot;%1&quot; has %2 in the closed fiscal year %3; moving them to &quot;%4&quot; would change that year&apos;s figures per organisation (reopen the year first)</source>
        <translation>impossible de fusionner&#xa0;: «&#xa0;%1&#xa0;» a %2 dans l&apos;exercice clôturé %3&#xa0;; les passer à «&#xa0;%4&#xa0;» changerait les chiffres de cet exercice par organisation (rouvrez d&apos;abord l&apos;exercice)</translation>
    </message>
    <message>
        <source>no organisation with id %1</source>
        <translation>aucune organisation portant l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>cannot undo the merge into an organisation deleted since</source>
        <translation>impossible d&apos;annuler une fusion dans une organisation supprimée depuis</translation>
    </message>
    <message>
        <source>cannot undo the merge: an organisation named &quot;%1&quot; exists again</source>
        <translation>impossible d&apos;annuler la fusion&#xa0;: une organisation nommée «&#xa0;%1&#xa0;» existe de nouveau</translation>
    </message>
    <message>
        <source>cannot undo the merge: %1 of &quot;%2&quot; are in the fiscal year %3, closed since; reopen it first</source>
        <translation>impossible d&apos;annuler la fusion&#xa0;: %1 de «&#xa0;%2&#xa0;» tombent dans l&apos;exercice %3, clôturé depuis&#xa0;; rouvrez-le d&apos;abord</translation>
    </message>
    <message>
        <source>hour entries</source>
        <translation>entrées de temps</translation>
    </message>
    <message>
        <source>membership periods</source>
        <translation>périodes d&apos;adhésion</translation>
    </message>
    <message>
        <source>board mandates</source>
        <translation>mandats au conseil</translation>
    </message>
    <message>
        <source>member organisations</source>
        <translation>organisations membres</translation>
    </message>
    <message>
        <source>cannot undo the merge: %1 of the %2 %3 moved to &quot;%4&quot; were changed or removed since</source>
        <translation>impossible d&apos;annuler la fusion&#xa0;: %1 des %2 éléments transférés à «&#xa0;%4&#xa0;» (%3) ont été modifiés ou supprimés depuis</translation>
    </message>
</context>
<context>
    <name>bilan::OrganisationMergeDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>&quot;%1&quot; will be merged into the organisation you choose below: its hours, membership periods and board mandates move there, and &quot;%1&quot; is deleted. Edit ▸ Undo puts everything back.</source>
        <translation>«&#xa0;%1&#xa0;» sera fusionnée dans l&apos;organisation choisie ci-dessous&#xa0;: ses heures, ses périodes d&apos;adhésion et ses mandats au conseil y passent, et «&#xa0;%1&#xa0;» est supprimée. Édition ▸ Annuler remet tout en place.</translation>
    </message>
</context>
<context>
    <name>bilan::OrganisationRepository</name>
    <message>
        <source>an organisation</source>
        <translation>une organisation</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be its own network</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être son propre réseau</translation>
    </message>
    <message>
        <source>no organisation with id %1</source>
        <translation>aucune organisation portant l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network (its kind is %2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un réseau (son type est %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the network of 1 organisation; it must stay of kind network while it has members</source>
        <translation>«&#xa0;%1&#xa0;» est le réseau d&apos;une organisation; son type doit rester network tant qu&apos;il a des membres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the network of %2 organisations; it must stay of kind network while it has members</source>
        <translation>«&#xa0;%1&#xa0;» est le réseau de %2 organisations; son type doit rester network tant qu&apos;il a des membres</translation>
    </message>
    <message>
        <source>1 hour entry</source>
        <translation>1 entrée de temps</translation>
    </message>
    <message>
        <source>%1 hour entries</source>
        <translation>%1 entrées de temps</translation>
    </message>
    <message>
        <source>1 board mandate</source>
        <translation>1 mandat au conseil</translation>
    </message>
    <message>
        <source>%1 board mandates</source>
        <translation>%1 mandats au conseil</translation>
    </message>
    <message>
        <source>cannot delete &quot;%1&quot;: %2 refers to it</source>
        <translation>impossible de supprimer «&#xa0;%1&#xa0;»&#xa0;: %2 y fait référence</translation>
    </message>
    <message>
        <source>cannot delete &quot;%1&quot;: %2 refer to it</source>
        <translation>impossible de supprimer «&#xa0;%1&#xa0;»&#xa0;: %2 y font référence</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs, through its networks, to &quot;%2&quot;: one cannot be the network of the other</source>
        <translation>« %1 » fait partie, par ses réseaux, de « %2 »&#xa0;: l&apos;un ne peut pas être le réseau de l&apos;autre</translation>
    </message>
    <message>
        <source>1 membership period</source>
        <translation>1 période d&apos;adhésion</translation>
    </message>
    <message>
        <source>%1 membership periods</source>
        <translation>%1 périodes d&apos;adhésion</translation>
    </message>
    <message>
        <source>1 member organisation (it is its network)</source>
        <translation>1 organisation membre (dont elle est le réseau)</translation>
    </message>
    <message>
        <source>%1 member organisations (it is their network)</source>
        <translation>%1 organisations membres (dont elle est le réseau)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>bilan::OrganisationTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Category of membership on %1</source>
        <translation>Catégorie d’adhésion au %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
</context>
<context>
    <name>bilan::OrganisationsImporter</name>
    <message>
        <source>no organisation named &quot;%1&quot; to be the network</source>
        <translation>aucune organisation nommée «&#xa0;%1&#xa0;» pour servir de réseau</translation>
    </message>
</context>
<context>
    <name>bilan::OutputFile</name>
    <message>
        <source>it already exists; choose another name</source>
        <translation>il existe déjà&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>it was not opened</source>
        <translation>il n&apos;a pas été ouvert</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>%1; the file already there was left as it was</source>
        <translation>%1&#xa0;; le fichier qui s&apos;y trouvait a été laissé tel quel</translation>
    </message>
</context>
<context>
    <name>bilan::OutputTarget</name>
    <message>
        <source>%1 is a file SQLite keeps beside the database %2: writing there would damage the database; choose another file</source>
        <translation>%1 est un fichier que SQLite tient à côté de la base de données %2&#xa0;: y écrire l&apos;endommagerait&#xa0;; choisissez un autre fichier</translation>
    </message>
    <message>
        <source>no file was given to write</source>
        <translation>aucun fichier à écrire n&apos;a été indiqué</translation>
    </message>
    <message>
        <source>%1 is the database&apos;s own file (%2): writing there would destroy its data; choose another file</source>
        <translation>%1 est un fichier de la base de données elle-même (%2)&#xa0;: y écrire détruirait ses données&#xa0;; choisissez un autre fichier</translation>
    </message>
    <message>
        <source>%1 is a database: Bilan never writes over a database; choose another file</source>
        <translation>%1 est une base de données&#xa0;: Bilan n&apos;écrit jamais par-dessus une base de données&#xa0;; choisissez un autre fichier</translation>
    </message>
</context>
<context>
    <name>bilan::Parsing</name>
    <message>
        <source>a date is required (YYYY-MM-DD)</source>
        <translation>une date est requise (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date; écrivez-la sous la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>%1 does not exist in the calendar</source>
        <translation>la date %1 n&apos;existe pas dans le calendrier</translation>
    </message>
    <message>
        <source>a duration is required</source>
        <translation>une durée est requise</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration; write 1.5, 1,5, 1:30, 1h30 or 90min</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une durée; écrivez 1.5, 1,5, 1:30, 1h30 ou 90min</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: minutes must be below 60</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: les minutes doivent être inférieures à 60</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is far too long for a duration</source>
        <translation>«&#xa0;%1&#xa0;» est beaucoup trop long pour une durée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount; write 1234.56, 1 234,56 or 1234,56 $</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant; écrivez 1234.56, 1 234,56 ou 1234,56 $</translation>
    </message>
    <message>
        <source>an amount is required</source>
        <translation>un montant est requis</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than two decimals</source>
        <translation>«&#xa0;%1&#xa0;» a plus de deux décimales</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount</source>
        <translation>«&#xa0;%1&#xa0;» est un montant trop élevé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: write 1234 for a whole amount, or at most two decimals (1234.56)</source>
        <translation>« %1 » est ambigu&#xa0;: écrivez 1234 pour un montant entier, ou au plus deux décimales (1234.56)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: minutes and seconds must be below 60</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: les minutes et les secondes doivent être inférieures à 60</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day; write the duration as 1:30 or 1.5</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure du jour; écrivez la durée sous la forme 1:30 ou 1,5</translation>
    </message>
    <message>
        <source>a time of day is required (HH:MM)</source>
        <translation>une heure est requise (HH:MM)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day; write it as HH:MM (19:30)</source>
        <translation>« %1 » n&apos;est pas une heure; écrivez-la HH:MM (19:30)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day: with AM or PM the hour is 1 to 12</source>
        <translation>« %1 » n&apos;est pas une heure : avec AM ou PM, l&apos;heure va de 1 à 12</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day: hours go up to 23, minutes up to 59</source>
        <translation>« %1 » n&apos;est pas une heure : les heures vont jusqu&apos;à 23 et les minutes jusqu&apos;à 59</translation>
    </message>
</context>
<context>
    <name>bilan::PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>The saved quorum rule &quot;%1&quot; is not understood; more than half of the directors in office is shown instead.</source>
        <translation>La règle de quorum enregistrée «&#xa0;%1&#xa0;» n&apos;est pas comprise; la règle de plus de la moitié des membres du conseil en fonction est affichée à la place.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatique (%1)</translation>
    </message>
</context>
<context>
    <name>bilan::Quorum</name>
    <message numerus="yes">
        <source>at least %n director(s) present</source>
        <translation>
            <numerusform>au moins %n membre du conseil présent</numerusform>
            <numerusform>au moins %n membres du conseil présents</numerusform>
        </translation>
    </message>
    <message>
        <source>more than half of the directors in office present</source>
        <translation>plus de la moitié des membres du conseil en fonction présents</translation>
    </message>
</context>
<context>
    <name>bilan::ReportCommand</name>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>OUT.pdf</translation>
    </message>
    <message>
        <source>The report&apos;s language: fr or en.</source>
        <translation>La langue du rapport&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>--lang is fr or en, not &quot;%1&quot;</source>
        <translation>--lang vaut fr ou en, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: 1 page written</source>
        <translation>%1: 1 page écrite</translation>
    </message>
    <message>
        <source>%1: %2 pages written</source>
        <translation>%1: %2 pages écrites</translation>
    </message>
    <message>
        <source>The paper: a4 or letter (default: the system&apos;s).</source>
        <translation>Le papier : a4 ou letter (par défaut : celui du système).</translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation>PAPIER</translation>
    </message>
    <message>
        <source>--paper is a4 or letter, not &quot;%1&quot;</source>
        <translation>--paper vaut a4 ou letter, pas « %1 »</translation>
    </message>
    <message>
        <source>Usage:
  bilan report --db FILE --year 2019-2020 [--pdf OUT.pdf] [--odt OUT.odt]
               [--lang fr|en] [--paper a4|letter]

Writes the annual activity report of one fiscal year as a PDF, as an OpenDocument
text to edit in a word processor, or both, in French (the default) or in English.
The PDF is on Letter paper in Canada and the United States and on A4 elsewhere
(from the system&apos;s locale) unless --paper says which.
</source>
        <translation>Utilisation :
  bilan report --db FILE --year 2019-2020 [--pdf OUT.pdf] [--odt OUT.odt]
               [--lang fr|en] [--paper a4|letter]

Produit le rapport d&apos;activités annuel d&apos;un exercice en PDF, en texte OpenDocument
à modifier dans un traitement de texte, ou les deux, en français (par défaut) ou
en anglais. Le PDF est au format Lettre au Canada et aux États-Unis et A4 ailleurs
(selon les paramètres régionaux du système), à moins que --paper ne le précise.
</translation>
    </message>
    <message>
        <source>The OpenDocument text file to write (editable).</source>
        <translation>Le fichier texte OpenDocument à écrire (modifiable).</translation>
    </message>
    <message>
        <source>OUT.odt</source>
        <translation>OUT.odt</translation>
    </message>
    <message>
        <source>report needs --pdf or --odt, the file to write</source>
        <translation>report requiert --pdf ou --odt, le fichier à écrire</translation>
    </message>
    <message>
        <source>--pdf and --odt name the same file</source>
        <translation>--pdf et --odt désignent le même fichier</translation>
    </message>
    <message>
        <source>%1: OpenDocument text written</source>
        <translation>%1: texte OpenDocument écrit</translation>
    </message>
</context>
<context>
    <name>bilan::ReportDashboardModel</name>
    <message>
        <source>Hours of service</source>
        <translation>Heures de services rendus</translation>
    </message>
    <message>
        <source>Enterprises served</source>
        <translation>Entreprises servies</translation>
    </message>
    <message>
        <source>Members at year end</source>
        <translation>Organisations membres en fin d&apos;exercice</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>Nouveaux membres</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>Frais d&apos;exploitation</translation>
    </message>
    <message>
        <source>Surplus</source>
        <translation>Excédent</translation>
    </message>
    <message>
        <source>Self-financing</source>
        <translation>Ratio d&apos;autofinancement</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1&#xa0;pts</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
</context>
<context>
    <name>bilan::ReportOdt</name>
    <message>
        <source>cannot make the OpenDocument text of the report for %1</source>
        <translation>impossible de composer le texte OpenDocument du rapport pour %1</translation>
    </message>
</context>
<context>
    <name>bilan::ReportPdf</name>
    <message>
        <source>cannot write the PDF file %1; check the folder exists and is writable</source>
        <translation>impossible d&apos;écrire le fichier PDF %1; vérifiez que le dossier existe et qu&apos;il est accessible en écriture</translation>
    </message>
    <message>
        <source>cannot finish the PDF file %1</source>
        <translation>impossible de terminer le fichier PDF %1</translation>
    </message>
    <message>
        <source>cannot start printing the report; check the printer is ready</source>
        <translation>impossible de lancer l&apos;impression du rapport&#xa0;; vérifiez que l&apos;imprimante est prête</translation>
    </message>
    <message>
        <source>cannot finish printing the report</source>
        <translation>impossible de terminer l&apos;impression du rapport</translation>
    </message>
    <message>
        <source>the printer does not accept the report&apos;s page (%1, portrait)</source>
        <translation>l&apos;imprimante n&apos;accepte pas la page du rapport (%1, portrait)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
</context>
<context>
    <name>bilan::ReportPrinting</name>
    <message>
        <source>The report&apos;s language is fr or en, not &quot;%1&quot;.</source>
        <translation>La langue du rapport est fr ou en, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>annual-report-%1-%2.pdf</source>
        <translation>rapport-annuel-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Export the annual report</source>
        <translation>Exporter le rapport annuel</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the annual report</source>
        <translation>Imprimer le rapport annuel</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <source>annual-report-%1-%2.odt</source>
        <translation>rapport-annuel-%1-%2.odt</translation>
    </message>
    <message>
        <source>Export the annual report to edit</source>
        <translation>Exporter le rapport annuel pour le modifier</translation>
    </message>
    <message>
        <source>OpenDocument text files (*.odt)</source>
        <translation>Fichiers texte OpenDocument (*.odt)</translation>
    </message>
</context>
<context>
    <name>bilan::ReportText</name>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Member organisations at year end</source>
        <translation>Organisations membres à la fin de l&apos;exercice</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>Nouveaux membres</translation>
    </message>
    <message>
        <source>Organisations that left</source>
        <translation>Organisations ayant quitté</translation>
    </message>
    <message>
        <source>Hours of service rendered, last five years</source>
        <translation>Heures de services rendus, cinq dernières années</translation>
    </message>
    <message>
        <source>Member organisations at year end, last five years</source>
        <translation>Organisations membres en fin d&apos;exercice, cinq dernières années</translation>
    </message>
    <message>
        <source>Revenue by category</source>
        <translation>Produits par catégorie</translation>
    </message>
    <message>
        <source>Experts by role</source>
        <translation>Experts par rôle</translation>
    </message>
    <message>
        <source>Shared-services cooperative</source>
        <translation>Coopérative de services partagés</translation>
    </message>
    <message>
        <source>Fiscal year from %1 to %2</source>
        <translation>Exercice du %1 au %2</translation>
    </message>
    <message>
        <source>Activity report %1</source>
        <translation>Rapport d&apos;activités %1</translation>
    </message>
    <message>
        <source>Word of the president</source>
        <translation>Le mot de la présidence</translation>
    </message>
    <message>
        <source>Word of the director</source>
        <translation>Le mot de la direction générale</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Objectives for the year %1</source>
        <translation>Les objectifs pour l&apos;année %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>FISCAL YEAR</source>
        <translation>EXERCICE</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>Taux de rétention</translation>
    </message>
    <message>
        <source>Hours of service rendered</source>
        <translation>Heures de services rendus</translation>
    </message>
    <message>
        <source>Associative life</source>
        <translation>Vie associative</translation>
    </message>
    <message>
        <source>Attendance at meetings: %1</source>
        <translation>Taux de présence aux rencontres : %1</translation>
    </message>
    <message>
        <source>Composition of the board</source>
        <translation>Composition du conseil d&apos;administration</translation>
    </message>
    <message>
        <source>No board member recorded in office at the end of the year.</source>
        <translation>Aucun membre du conseil en poste à la fin de l&apos;exercice.</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membrariat</translation>
    </message>
    <message>
        <source>1 new organisation joined the shared-services centre, a membership growth of %1.</source>
        <translation>1 nouvelle organisation a adhéré au centre de services partagés, représentant une croissance du membrariat de %1.</translation>
    </message>
    <message>
        <source>1 new organisation joined the shared-services centre; membership still fell by %1.</source>
        <translation>1 nouvelle organisation a adhéré au centre de services partagés. Le membrariat a toutefois connu une diminution de %1.</translation>
    </message>
    <message>
        <source>%1 new organisations joined the shared-services centre, a membership growth of %2.</source>
        <translation>%1 nouvelles organisations ont adhéré au centre de services partagés, représentant une croissance du membrariat de %2.</translation>
    </message>
    <message>
        <source>%1 new organisations joined the shared-services centre; membership still fell by %2.</source>
        <translation>%1 nouvelles organisations ont adhéré au centre de services partagés. Le membrariat a toutefois connu une diminution de %2.</translation>
    </message>
    <message>
        <source>New member organisations</source>
        <translation>Nouvelles organisations membres</translation>
    </message>
    <message>
        <source>Membership growth</source>
        <translation>Croissance du membrariat</translation>
    </message>
    <message>
        <source>Members by category</source>
        <translation>Membres par catégorie</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>CATÉGORIE</translation>
    </message>
    <message>
        <source>ORGANISATIONS</source>
        <translation>ORGANISATIONS</translation>
    </message>
    <message>
        <source>Services to members</source>
        <translation>Services aux membres</translation>
    </message>
    <message>
        <source>The number of hours of service rendered rose by %1.</source>
        <translation>Le nombre d&apos;heures de services rendus a connu une augmentation de %1.</translation>
    </message>
    <message>
        <source>The number of hours of service rendered fell by %1.</source>
        <translation>Le nombre d&apos;heures de services rendus a connu une diminution de %1.</translation>
    </message>
    <message>
        <source>Change from the previous year</source>
        <translation>Variation par rapport à l&apos;année précédente</translation>
    </message>
    <message>
        <source>Enterprises served</source>
        <translation>Entreprises servies</translation>
    </message>
    <message>
        <source>“Our organisation will be happy to recommend our services”</source>
        <translation>« Notre organisation sera heureuse de recommander nos services »</translation>
    </message>
    <message>
        <source>%1 of respondents said YES</source>
        <translation>%1 des répondants ont affirmé OUI</translation>
    </message>
    <message>
        <source>(%1 respondents)</source>
        <translation>(%1 répondants)</translation>
    </message>
    <message>
        <source>Financial affairs</source>
        <translation>Affaires financières</translation>
    </message>
    <message>
        <source>Our business volume grew by %1.</source>
        <translation>Notre volume d&apos;affaires a connu une croissance de %1.</translation>
    </message>
    <message>
        <source>Our business volume fell by %1.</source>
        <translation>Notre volume d&apos;affaires a connu une diminution de %1.</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>%1 ACTUAL</source>
        <translation>%1 RÉEL</translation>
    </message>
    <message>
        <source>%1 BUDGET</source>
        <translation>%1 BUDGÉTÉ</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>Revenue from members and from auxiliary members changed by %1 and %2 respectively, compared with the previous year.</source>
        <translation>La progression des revenus en provenance des membres et des membres auxiliaires est respectivement de %1 et %2, comparativement à l&apos;année précédente.</translation>
    </message>
    <message>
        <source>Self-financing ratio: %1 of revenue comes from services, not public funding.</source>
        <translation>Taux d&apos;autofinancement : %1 des produits proviennent des services, et non du financement public.</translation>
    </message>
    <message>
        <source>Human capital</source>
        <translation>Capital humain</translation>
    </message>
    <message>
        <source>Women in the team</source>
        <translation>Femmes dans l&apos;équipe</translation>
    </message>
    <message>
        <source>— withheld: fewer than %1 people gave this information.</source>
        <translation>— non publié : moins de %1 personnes ont donné cette information.</translation>
    </message>
    <message>
        <source>Business development</source>
        <translation>Développement des affaires</translation>
    </message>
    <message>
        <source>Business development is essential to diversify our revenue and build a critical mass of users. Among the many steps taken:</source>
        <translation>Le développement des affaires est essentiel pour la diversification des revenus et la consolidation d&apos;une masse critique d&apos;utilisateurs. Parmi les multiples démarches entreprises :</translation>
    </message>
    <message>
        <source>BUSINESS RELATIONS WITH</source>
        <translation>RELATIONS D&apos;AFFAIRES AVEC</translation>
    </message>
    <message>
        <source>EVENTS ATTENDED</source>
        <translation>PARTICIPATION À DES ÉVÉNEMENTS</translation>
    </message>
    <message>
        <source>DEVELOPMENT MEETINGS</source>
        <translation>RENCONTRES DE DÉVELOPPEMENT</translation>
    </message>
    <message>
        <source>Besides service agreements, significant partnership agreements were concluded during the year:</source>
        <translation>En plus des ententes de service, des ententes de partenariat significatives ont été conclues au cours de l&apos;année :</translation>
    </message>
    <message>
        <source>Supporting member</source>
        <translation>Membre de soutien</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <source>Men and other answers</source>
        <translation>Hommes et autres réponses</translation>
    </message>
    <message>
        <source>Women and men in the team</source>
        <translation>Femmes et hommes dans l&apos;équipe</translation>
    </message>
    <message>
        <source>Hours rendered to members by category, last five years</source>
        <translation>Heures rendues aux membres par catégorie, cinq dernières années</translation>
    </message>
    <message>
        <source>and 1 more</source>
        <translation>et 1 autre</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 autres</translation>
    </message>
    <message>
        <source>Appendix — Our new members in %1</source>
        <translation>Annexe — Nos nouveaux membres en %1</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>The %1 new members are listed in the appendix.</source>
        <translation>Les %1 nouveaux membres sont énumérés en annexe.</translation>
    </message>
    <message>
        <source>Our new members:</source>
        <translation>Nos nouveaux membres :</translation>
    </message>
    <message>
        <source>Operating expenses</source>
        <translation>Frais d&apos;exploitation</translation>
    </message>
    <message>
        <source>Surplus for the year</source>
        <translation>Excédent de l&apos;exercice</translation>
    </message>
    <message>
        <source>A balanced and experienced team</source>
        <translation>Une équipe paritaire et expérimentée</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>Average age</source>
        <translation>Moyenne d&apos;âge</translation>
    </message>
    <message>
        <source>General manager</source>
        <translation>Direction générale</translation>
    </message>
    <message>
        <source>During the fiscal year, the Cooperative carried out %1 of its operations with its user members within the meaning of section 17 of the Regulation respecting the application of the Cooperatives Act.</source>
        <translation>Au cours de l&apos;exercice, la Coopérative a effectué %1 de ses opérations avec ses membres utilisateurs au sens de l&apos;article 17 du Règlement d&apos;application de la Loi sur les coopératives.</translation>
    </message>
    <message>
        <source>With regard to their use of the services, the share of fully managed members%1 fell from %2 to %3, in favour of the other members.</source>
        <translation>En regard de leur utilisation des services, la part des membres sous entière gestion%1 diminue de %2 à %3 au profit des autres membres.</translation>
    </message>
    <message>
        <source>With regard to their use of the services, the share of fully managed members%1 rose from %2 to %3, at the expense of the other members.</source>
        <translation>En regard de leur utilisation des services, la part des membres sous entière gestion%1 augmente de %2 à %3 aux dépens des autres membres.</translation>
    </message>
    <message>
        <source>With regard to their use of the services, the share of fully managed members%1 stayed at %2.</source>
        <translation>En regard de leur utilisation des services, la part des membres sous entière gestion%1 reste stable à %2.</translation>
    </message>
    <message>
        <source>*Fully managed members: %1.</source>
        <translation>*Membres sous entière gestion&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Attendance at meetings</source>
        <translation>Taux de présence aux rencontres</translation>
    </message>
    <message>
        <source>Directors in office at year end</source>
        <translation>Membres du conseil en fonction en fin d&apos;exercice</translation>
    </message>
    <message>
        <source>Operations with members (Article 17)</source>
        <translation>Opérations avec les membres (article 17)</translation>
    </message>
    <message>
        <source>Would recommend</source>
        <translation>Recommanderaient nos services</translation>
    </message>
    <message>
        <source>Survey respondents</source>
        <translation>Répondants au sondage</translation>
    </message>
    <message>
        <source>Revenue budgeted</source>
        <translation>Produits budgétés</translation>
    </message>
    <message>
        <source>Expenses budgeted</source>
        <translation>Frais d&apos;exploitation budgétés</translation>
    </message>
    <message>
        <source>Surplus budgeted</source>
        <translation>Excédent budgété</translation>
    </message>
    <message>
        <source>Revenue to budget</source>
        <translation>Produits par rapport au budget</translation>
    </message>
    <message>
        <source>Expenses to budget</source>
        <translation>Frais d&apos;exploitation par rapport au budget</translation>
    </message>
    <message>
        <source>Revenue budgeted next year</source>
        <translation>Produits budgétés, exercice suivant</translation>
    </message>
    <message>
        <source>Expenses budgeted next year</source>
        <translation>Frais d&apos;exploitation budgétés, exercice suivant</translation>
    </message>
    <message>
        <source>Surplus budgeted next year</source>
        <translation>Excédent budgété, exercice suivant</translation>
    </message>
    <message>
        <source>Growth of members&apos; revenue</source>
        <translation>Croissance des revenus des membres</translation>
    </message>
    <message>
        <source>Growth of auxiliary members&apos; revenue</source>
        <translation>Croissance des revenus des membres auxiliaires</translation>
    </message>
    <message>
        <source>Self-financing ratio</source>
        <translation>Ratio d&apos;autofinancement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>bilan::ReportTextRepository</name>
    <message>
        <source>&quot;%1&quot; is not a report language; use fr or en</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une langue de rapport; utilisez fr ou en</translation>
    </message>
    <message>
        <source>%1 is not a fiscal year</source>
        <translation>%1 n&apos;est pas un exercice</translation>
    </message>
    <message>
        <source>no report texts for %1 in %2</source>
        <translation>aucun texte de rapport pour %1 dans la langue %2</translation>
    </message>
</context>
<context>
    <name>bilan::ReportsView</name>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Texts of %1 saved.</source>
        <translation>Textes de l&apos;exercice %1 enregistrés.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) written.</source>
        <translation>
            <numerusform>%1: %n page écrite.</numerusform>
            <numerusform>%1: %n pages écrites.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the report (%1)</source>
        <translation>Imprimer le rapport (%1)</translation>
    </message>
    <message>
        <source>The report of %1 was sent to %2.</source>
        <translation>Le rapport de l&apos;exercice %1 a été envoyé vers %2.</translation>
    </message>
    <message>
        <source>Unsaved texts</source>
        <translation>Textes non enregistrés</translation>
    </message>
    <message>
        <source>The report texts of %1 (%2) have unsaved changes.</source>
        <translation>Les textes du rapport de %1 (%2) ont des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before showing other texts?</source>
        <translation>Les enregistrer avant d&apos;afficher d&apos;autres textes&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>The report as it prints, to send or publish</source>
        <translation>Le rapport tel qu&apos;il s&apos;imprime, à envoyer ou à publier</translation>
    </message>
    <message>
        <source>&amp;OpenDocument Text, to Edit…</source>
        <translation>Texte &amp;OpenDocument, à modifier…</translation>
    </message>
    <message>
        <source>The report as an .odt file that LibreOffice Writer or Word opens, to adjust its wording and layout before printing</source>
        <translation>Le rapport en fichier .odt, qu&apos;ouvrent LibreOffice Writer et Word, pour en ajuster le texte et la mise en page avant de l&apos;imprimer</translation>
    </message>
    <message>
        <source>%1: written, to edit in a word processor.</source>
        <translation>%1&#xa0;: écrit, à modifier dans un traitement de texte.</translation>
    </message>
</context>
<context>
    <name>bilan::ResolutionOutcome</name>
    <message>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Reportée</translation>
    </message>
</context>
<context>
    <name>bilan::ResolutionRegister</name>
    <message>
        <source>Register of resolutions %1</source>
        <translation>Registre des résolutions %1</translation>
    </message>
    <message>
        <source>Register of resolutions</source>
        <translation>Registre des résolutions</translation>
    </message>
    <message>
        <source>Fiscal year %1</source>
        <translation>Exercice %1</translation>
    </message>
    <message>
        <source>No resolution was recorded in fiscal year %1.</source>
        <translation>Aucune résolution n&apos;a été consignée pendant l&apos;exercice %1.</translation>
    </message>
    <message>
        <source>Resolutions recorded: %1</source>
        <translation>Résolutions consignées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
</context>
<context>
    <name>bilan::ResolutionsImporter</name>
    <message>
        <source>resolution %1 of the %2 meeting of %3</source>
        <translation>la résolution %1 de la réunion %2 du %3</translation>
    </message>
    <message>
        <source>no director named &quot;%1&quot;; import the board first</source>
        <translation>aucun administrateur nommé « %1 »; importez d&apos;abord le conseil</translation>
    </message>
    <message>
        <source>votes are counted all three or not at all: give votes_for, votes_against and votes_abstaining, or leave the three empty</source>
        <translation>les voix se comptent toutes les trois ou pas du tout : indiquez votes_for, votes_against et votes_abstaining, ou laissez les trois vides</translation>
    </message>
</context>
<context>
    <name>bilan::ResolutionsPanel</name>
    <message>
        <source>(not recorded)</source>
        <translation>(non consigné)</translation>
    </message>
    <message>
        <source>%1 (not marked present)</source>
        <translation>%1 (non marqué présent)</translation>
    </message>
    <message>
        <source>Director no longer in office</source>
        <translation>Membre du conseil qui n&apos;est plus en fonction</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>bilan::RoleLimits</name>
    <message>
        <source>Your login records only its own expert&apos;s hours</source>
        <translation>Votre compte n&apos;inscrit que les heures de son propre expert</translation>
    </message>
    <message>
        <source>Your login is bound to no expert: ask the cooperative&apos;s director to bind it before recording hours</source>
        <translation>Votre compte n&apos;est lié à aucun expert&#xa0;: demandez à la direction de la coopérative de le lier avant d&apos;inscrire des heures</translation>
    </message>
    <message>
        <source>Your login (%1) records hours: the board, members, finances and reports are the secretary&apos;s and the director&apos;s</source>
        <translation>Votre compte (%1) inscrit des heures&#xa0;: le conseil, les membres, les finances et les rapports relèvent du secrétariat et de la direction</translation>
    </message>
    <message>
        <source>Your login (%1) is the board secretary&apos;s: it reads the hours, which each expert and the director record.</source>
        <translation>Votre connexion (%1) est celle de la secrétaire du conseil&#xa0;: elle consulte les heures, que chaque expert et la direction saisissent.</translation>
    </message>
    <message>
        <source>Your login (%1) is the board secretary&apos;s: it reads the members, which the director changes.</source>
        <translation>Votre connexion (%1) est celle de la secrétaire du conseil&#xa0;: elle consulte les membres, que la direction modifie.</translation>
    </message>
    <message>
        <source>Your login (%1) is the board secretary&apos;s: it reads the experts, whom the director changes.</source>
        <translation>Votre connexion (%1) est celle de la secrétaire du conseil&#xa0;: elle consulte les experts, que la direction modifie.</translation>
    </message>
    <message>
        <source>Your login (%1) is the board secretary&apos;s: it reads the finances, which are the director&apos;s to change.</source>
        <translation>Votre connexion (%1) est celle de la secrétaire du conseil&#xa0;: elle consulte les finances, que seule la direction peut modifier.</translation>
    </message>
    <message>
        <source>Your login (%1) records hours: it reads the experts, whom the director changes.</source>
        <translation>Votre connexion (%1) saisit des heures&#xa0;: elle consulte les experts, que la direction modifie.</translation>
    </message>
    <message>
        <source>Your login (%1) is in none of Bilan&apos;s groups: it may read but change nothing. The director can grant it a role.</source>
        <translation>Votre connexion (%1) n&apos;appartient à aucun groupe de Bilan&#xa0;: elle peut consulter, mais rien modifier. La direction peut lui accorder un rôle.</translation>
    </message>
    <message>
        <source>Your login (%1) is the board secretary&apos;s: it reads the surveys and the business-development activities, which are the director&apos;s to change.</source>
        <translation>Votre connexion (%1) est celle du secrétariat du conseil&#xa0;: elle consulte les sondages et les activités de développement des affaires, que la direction modifie.</translation>
    </message>
    <message>
        <source>Your login (%1) is the board secretary&apos;s: it reads the cooperative&apos;s name, address and fiscal year, which the director changes.</source>
        <translation>Votre connexion (%1) est celle de la secrétaire du conseil&#xa0;: elle consulte le nom, l’adresse et l’exercice de la coopérative, que la direction modifie.</translation>
    </message>
</context>
<context>
    <name>bilan::RowImporter</name>
    <message>
        <source>a value is required: one of %1</source>
        <translation>une valeur est requise, parmi %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas parmi %2</translation>
    </message>
    <message>
        <source>an organisation is required</source>
        <translation>une organisation est requise</translation>
    </message>
    <message>
        <source>no organisation named &quot;%1&quot;; add it or import the organisations first</source>
        <translation>aucune organisation nommée «&#xa0;%1&#xa0;»; ajoutez-la ou importez d&apos;abord les organisations</translation>
    </message>
    <message>
        <source>%1 is given again on line %2; keep only one of the rows</source>
        <translation>%1 est donnée de nouveau à la ligne %2&#xa0;; ne gardez qu&apos;une des lignes</translation>
    </message>
    <message>
        <source>%1 was already given on line %2; keep only one of the rows</source>
        <translation>%1 est déjà donnée à la ligne %2&#xa0;; ne gardez qu&apos;une des lignes</translation>
    </message>
</context>
<context>
    <name>bilan::RowVersion</name>
    <message>
        <source>This was removed at another desk; nothing was saved.</source>
        <translation>Cette donnée a été supprimée à un autre poste; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>This was changed at another desk by %1 at %2; the stored version is shown — make your change again.</source>
        <translation>Cette donnée a été modifiée à un autre poste par %1 le %2; la version enregistrée est affichée — refaites votre modification.</translation>
    </message>
</context>
<context>
    <name>bilan::Scenario</name>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>bilan::ServerAccess</name>
    <message>
        <source>this entry belongs to another expert; your login records only its own expert&apos;s hours</source>
        <translation>cette entrée appartient à un autre expert; votre compte n&apos;inscrit que les heures de son propre expert</translation>
    </message>
    <message>
        <source>your login (%1) records no hours; ask the cooperative&apos;s director for a staff login bound to your expert</source>
        <translation>votre compte (%1) n&apos;inscrit aucune heure; demandez à la direction de la coopérative un compte d&apos;employé lié à votre expert</translation>
    </message>
</context>
<context>
    <name>bilan::ServerBackup</name>
    <message>
        <source>Backing up the server to %1…</source>
        <translation>Sauvegarde du serveur dans %1…</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Backing up the server to %1: %2, %L3 of %L4 rows</source>
        <translation>Sauvegarde du serveur dans %1&#xa0;: %2, %L3 lignes sur %L4</translation>
    </message>
</context>
<context>
    <name>bilan::ServerCommand</name>
    <message>
        <source>Usage:
  bilan server init --db postgresql://[user@]host[:port]/database
      the schema and the roles bilan_director, bilan_secretary and bilan_staff
      (run by the server&apos;s administrator, again after each upgrade of Bilan)
  bilan server grant --db postgresql://… LOGIN staff|secretary|director [--expert NAME]
      makes LOGIN (created without a password when missing) a member of one role;
      --expert binds a staff login to the expert whose hours it records
</source>
        <translation>Utilisation&#xa0;:
  bilan server init --db postgresql://[utilisateur@]hôte[:port]/base
      le schéma et les rôles bilan_director, bilan_secretary et bilan_staff
      (lancé par l&apos;administrateur du serveur, puis après chaque mise à jour de Bilan)
  bilan server grant --db postgresql://… LOGIN staff|secretary|director [--expert NAME]
      fait de LOGIN (créé sans mot de passe s&apos;il n&apos;existe pas) un membre d&apos;un seul rôle;
      --expert lie un compte d&apos;employé à l&apos;expert dont il inscrit les heures
</translation>
    </message>
    <message>
        <source>The expert whose hours a staff login records.</source>
        <translation>L&apos;expert dont un compte d&apos;employé inscrit les heures.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>server needs init or grant</source>
        <translation>server exige init ou grant</translation>
    </message>
    <message>
        <source>unknown server command &quot;%1&quot;; it is init or grant</source>
        <translation>commande server inconnue «{N}%1{N}»; c&apos;est init ou grant</translation>
    </message>
    <message>
        <source>server commands need a server address: --db postgresql://[user@]host[:port]/database</source>
        <translation>les commandes server exigent l&apos;adresse d&apos;un serveur&#xa0;: --db postgresql://[utilisateur@]hôte[:port]/base</translation>
    </message>
    <message>
        <source>server init takes only --db</source>
        <translation>server init ne prend que --db</translation>
    </message>
    <message>
        <source>server grant needs a LOGIN and a role</source>
        <translation>server grant exige un LOGIN et un rôle</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; it is staff, secretary or director</source>
        <translation>rôle inconnu «{N}%1{N}»; c&apos;est staff, secretary ou director</translation>
    </message>
    <message>
        <source>--expert binds a staff login to its expert</source>
        <translation>--expert lie un compte d&apos;employé à son expert</translation>
    </message>
    <message>
        <source>%1: Bilan&apos;s roles are ready: bilan_director (everything), bilan_secretary (meetings, attendance, board and report texts; reads the rest), bilan_staff (reads organisations, experts&apos; names and hours; records its own expert&apos;s hours).
Give each person a login: bilan server grant --db %1 LOGIN staff|secretary|director [--expert NAME]</source>
        <translation>%1&#xa0;: les rôles de Bilan sont prêts&#xa0;: bilan_director (tout), bilan_secretary (réunions, présences, conseil et textes du rapport; lit le reste), bilan_staff (lit les organisations, les noms des experts et les heures; inscrit les heures de son propre expert).
Donnez un compte à chaque personne&#xa0;: bilan server grant --db %1 LOGIN staff|secretary|director [--expert NAME]</translation>
    </message>
    <message>
        <source>%1: login %2 created without a password; set one with the server&apos;s own tools (in psql: \password %2)</source>
        <translation>%1&#xa0;: compte %2 créé sans mot de passe; définissez-en un avec les outils du serveur (dans psql&#xa0;: \password %2)</translation>
    </message>
    <message>
        <source>%1: %2 is now %3</source>
        <translation>%1&#xa0;: %2 est maintenant %3</translation>
    </message>
    <message>
        <source>%1: %2 is now bilan_staff, bound to no expert yet: it reads the hours but records none until bilan server grant … --expert NAME binds it</source>
        <translation>%1&#xa0;: %2 est maintenant bilan_staff, mais n&apos;est lié à aucun expert&#xa0;: il lit les heures sans en inscrire tant que bilan server grant … --expert NAME ne le lie pas</translation>
    </message>
    <message>
        <source>%1: %2 is now bilan_staff and records the hours of %3</source>
        <translation>%1&#xa0;: %2 est maintenant bilan_staff et inscrit les heures de %3</translation>
    </message>
</context>
<context>
    <name>bilan::ServerConnector</name>
    <message>
        <source>The password could not be remembered in the desktop keyring.</source>
        <translation>Le mot de passe n&apos;a pas pu être mémorisé dans le trousseau du bureau.</translation>
    </message>
</context>
<context>
    <name>bilan::ServerRoles</name>
    <message>
        <source>&quot;%1&quot; cannot be a login: a name of 1 to 63 bytes, without control characters, not starting with pg_ and not one of Bilan&apos;s groups</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un compte&#xa0;: un nom de 1 à 63 octets, sans caractère de contrôle, qui ne commence pas par pg_ et qui n&apos;est pas l&apos;un des groupes de Bilan</translation>
    </message>
    <message>
        <source>--expert binds a staff login to its expert; a %1 login records no hours of its own</source>
        <translation>--expert lie un compte d&apos;employé à son expert; un compte %1 n&apos;inscrit pas d&apos;heures à lui</translation>
    </message>
    <message>
        <source>%1 has no Bilan roles yet; run bilan server init --db %1 first</source>
        <translation>%1 n&apos;a pas encore les rôles de Bilan; lancez d&apos;abord bilan server init --db %1</translation>
    </message>
    <message>
        <source>no expert named &quot;%1&quot;; add the expert or import the experts first</source>
        <translation>aucun expert nommé «&#xa0;%1&#xa0;»; ajoutez cet expert ou importez d&apos;abord les experts</translation>
    </message>
    <message>
        <source>%1 is a superuser: the server lets it do everything whatever its group; give the person a login of their own</source>
        <translation>%1 est un superutilisateur&#xa0;: le serveur lui permet tout, quel que soit son groupe; donnez à la personne un compte bien à elle</translation>
    </message>
    <message>
        <source>%1 is a role that cannot log in, not a login</source>
        <translation>%1 est un rôle qui ne peut pas se connecter, pas un compte</translation>
    </message>
    <message>
        <source>roles exist only on a server: give --db a postgresql:// address</source>
        <translation>les rôles n&apos;existent que sur un serveur&#xa0;: donnez à --db une adresse postgresql://</translation>
    </message>
    <message>
        <source>the login %1 may not create roles on %2; run this as the server&apos;s administrator (a superuser, or a role with CREATEROLE)</source>
        <translation>le compte %1 ne peut pas créer de rôles sur %2; lancez cette commande en tant qu&apos;administrateur du serveur (un superutilisateur, ou un rôle doté de CREATEROLE)</translation>
    </message>
    <message>
        <source>the login %1 has no schema to work in on %2 (search_path)</source>
        <translation>le compte %1 n&apos;a aucun schéma où travailler sur %2 (search_path)</translation>
    </message>
</context>
<context>
    <name>bilan::ServiceEntryRepository</name>
    <message>
        <source>no expert with id %1</source>
        <translation>aucun expert portant l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>no organisation with id %1</source>
        <translation>aucune organisation portant l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>no service entry with id %1</source>
        <translation>aucune entrée de temps portant l&apos;identifiant %1</translation>
    </message>
</context>
<context>
    <name>bilan::ServiceEntryTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ d&apos;expertise</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>expert #%1</source>
        <translation>expert nº&#xa0;%1</translation>
    </message>
    <message>
        <source>organisation #%1</source>
        <translation>organisation nº&#xa0;%1</translation>
    </message>
    <message>
        <source>No expert is named &quot;%1&quot;.</source>
        <translation>Aucun expert ne s&apos;appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This column cannot be changed.</source>
        <translation>Cette colonne ne peut pas être modifiée.</translation>
    </message>
</context>
<context>
    <name>bilan::SettingsRepository</name>
    <message>
        <source>%1 is not a month (1 to 12)</source>
        <translation>%1 n&apos;est pas un mois (1 à 12)</translation>
    </message>
    <message>
        <source>the fiscal year&apos;s first month cannot change while fiscal years are closed; reopen them first</source>
        <translation>le premier mois de l&apos;exercice ne peut pas changer tant que des exercices sont fermés; rouvrez-les d&apos;abord</translation>
    </message>
    <message>
        <source>no fiscal year was given</source>
        <translation>aucun exercice n&apos;a été indiqué</translation>
    </message>
    <message>
        <source>fiscal years here start in month %1, not %2</source>
        <translation>ici, les exercices commencent au mois %1, et non %2</translation>
    </message>
    <message>
        <source>the fiscal year %1 is already closed</source>
        <translation>l&apos;exercice %1 est déjà fermé</translation>
    </message>
    <message>
        <source>the fiscal year %1 is not closed</source>
        <translation>l&apos;exercice %1 n&apos;est pas fermé</translation>
    </message>
</context>
<context>
    <name>bilan::SurveyRepository</name>
    <message>
        <source>the survey of %1 is already recorded (%2 respondents)</source>
        <translation>le sondage de %1 est déjà enregistré (%2 répondants)</translation>
    </message>
    <message>
        <source>no survey is recorded for %1</source>
        <translation>aucun sondage n&apos;est enregistré pour %1</translation>
    </message>
</context>
<context>
    <name>bilan::TableExportDialog</name>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>1 row written to %1.</source>
        <translation>1 ligne écrite dans %1.</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>%1 lignes écrites dans %2.</translation>
    </message>
    <message>
        <source>Export the List</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Rien n&apos;a été écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>bilan::TableFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: a list is written as a CSV file (.csv) or an Excel workbook (.xlsx); choose a name ending in one of them</source>
        <translation>impossible d&apos;écrire %1&#xa0;: une liste s&apos;écrit en fichier CSV (.csv) ou en classeur Excel (.xlsx); choisissez un nom qui se termine par l&apos;une de ces extensions</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>la mémoire est insuffisante</translation>
    </message>
    <message>
        <source>the file cannot be created</source>
        <translation>le fichier ne peut pas être créé</translation>
    </message>
    <message>
        <source>a temporary file cannot be written (is the disk full?)</source>
        <translation>un fichier temporaire ne peut pas être écrit (le disque est-il plein&#xa0;?)</translation>
    </message>
    <message>
        <source>the workbook cannot be written (%1)</source>
        <translation>le classeur ne peut pas être écrit (%1)</translation>
    </message>
    <message>
        <source>a workbook&apos;s sheet holds at most %1 rows</source>
        <translation>une feuille de classeur contient au plus %1 lignes</translation>
    </message>
    <message>
        <source>a workbook&apos;s sheet holds at most %1 columns</source>
        <translation>une feuille de classeur contient au plus %1 colonnes</translation>
    </message>
    <message>
        <source>cannot write %1: there is no list to write</source>
        <translation>impossible d&apos;écrire %1&#xa0;: il n&apos;y a aucune liste à écrire</translation>
    </message>
    <message>
        <source>cannot write %1: a CSV file holds one list and these are %2; write them as an Excel workbook (.xlsx), one sheet each</source>
        <translation>impossible d&apos;écrire %1&#xa0;: un fichier CSV contient une seule liste et il y en a %2; écrivez-les dans un classeur Excel (.xlsx), une feuille chacune</translation>
    </message>
</context>
<context>
    <name>bilan::TrackerRows</name>
    <message>
        <source>a Clockify detailed report</source>
        <translation>un rapport détaillé Clockify</translation>
    </message>
    <message>
        <source>a Toggl Track detailed report</source>
        <translation>un rapport détaillé Toggl Track</translation>
    </message>
    <message>
        <source>a Kimai timesheet export</source>
        <translation>une exportation de feuilles de temps Kimai</translation>
    </message>
    <message>
        <source>the dates are written day first (%1 on line %2) and month first (%3 on line %4); export the file again with one date format</source>
        <translation>les dates sont écrites tantôt le jour en premier (%1 à la ligne %2), tantôt le mois en premier (%3 à la ligne %4); exportez de nouveau le fichier avec un seul format de date</translation>
    </message>
    <message>
        <source>a date such as %1 (line %2) reads as day/month or as month/day, and no date in the file tells which; set the tracker&apos;s date format to YYYY-MM-DD (or DD.MM.YYYY) and export the file again</source>
        <translation>une date comme %1 (ligne %2) se lit jour/mois ou mois/jour, et aucune date du fichier ne permet de trancher; réglez le format de date de l&apos;outil de suivi du temps à AAAA-MM-JJ (ou JJ.MM.AAAA) et exportez de nouveau le fichier</translation>
    </message>
</context>
<context>
    <name>bilan::Validation</name>
    <message>
        <source>an organisation needs a name</source>
        <translation>une organisation doit avoir un nom</translation>
    </message>
    <message>
        <source>the date the organisation joined is required</source>
        <translation>la date d&apos;adhésion de l&apos;organisation est requise</translation>
    </message>
    <message>
        <source>the organisation cannot leave (%1) before it joined (%2)</source>
        <translation>la date de départ de l&apos;organisation (%1) ne peut pas précéder sa date d&apos;adhésion (%2)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>overlaps the membership from %1 to %2; a rejoin must start on or after the day the previous period ended</source>
        <translation>chevauche la période d&apos;adhésion allant du %1 jusqu&apos;à %2; une nouvelle adhésion doit commencer le jour où la période précédente a pris fin, ou après</translation>
    </message>
    <message>
        <source>an expert needs a name</source>
        <translation>un expert doit avoir un nom</translation>
    </message>
    <message>
        <source>the date the expert started is required</source>
        <translation>la date d&apos;entrée en fonction de l&apos;expert est requise</translation>
    </message>
    <message>
        <source>the expert cannot end (%1) before starting (%2)</source>
        <translation>l&apos;expert ne peut pas terminer (%1) avant d&apos;avoir commencé (%2)</translation>
    </message>
    <message>
        <source>a field of expertise needs a name</source>
        <translation>un champ d&apos;expertise doit avoir un nom</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a field of expertise cannot contain &quot;|&quot;</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: un champ d&apos;expertise ne peut pas contenir «&#xa0;|&#xa0;»</translation>
    </message>
    <message>
        <source>the date is required</source>
        <translation>la date est requise</translation>
    </message>
    <message>
        <source>the duration must be more than zero</source>
        <translation>la durée doit être supérieure à zéro</translation>
    </message>
    <message>
        <source>%1 h is more than the 24 h of a day</source>
        <translation>%1 h dépasse les 24 h d&apos;une journée</translation>
    </message>
    <message>
        <source>this brings the expert&apos;s total for %1 to %2 h, more than 24 h (already logged: %3 h)</source>
        <translation>cela porte le total de l&apos;expert pour le %1 à %2 h, soit plus de 24 h (déjà saisi&#xa0;: %3 h)</translation>
    </message>
    <message>
        <source>the date the mandate started is required</source>
        <translation>la date de début du mandat est requise</translation>
    </message>
    <message>
        <source>the mandate cannot end (%1) before it started (%2)</source>
        <translation>le mandat ne peut pas se terminer (%1) avant d&apos;avoir commencé (%2)</translation>
    </message>
    <message>
        <source>the fiscal year is required</source>
        <translation>l&apos;exercice est requis</translation>
    </message>
    <message>
        <source>amounts cannot be negative (%1); record an expense as a positive amount of kind expense</source>
        <translation>les montants ne peuvent pas être négatifs (%1); inscrivez une dépense comme un montant positif de type expense</translation>
    </message>
    <message>
        <source>the number of respondents cannot be negative</source>
        <translation>le nombre de répondants ne peut pas être négatif</translation>
    </message>
    <message>
        <source>the number who would recommend cannot be negative</source>
        <translation>le nombre de personnes qui recommanderaient ne peut pas être négatif</translation>
    </message>
    <message>
        <source>%1 would recommend, but only %2 answered</source>
        <translation>le nombre de personnes qui recommanderaient (%1) dépasse le nombre de répondants (%2)</translation>
    </message>
    <message>
        <source>the fiscal year %1 is closed: its hours and finance lines can no longer be added, changed or deleted</source>
        <translation>l&apos;exercice %1 est fermé&#xa0;: ses heures et ses postes financiers ne peuvent plus être ajoutés, modifiés ni supprimés</translation>
    </message>
    <message>
        <source>%1 named &quot;%2&quot; already exists</source>
        <translation>%1 portant le nom «&#xa0;%2&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>%1 is not a director in office on %2</source>
        <translation>%1 n&apos;est pas membre du conseil en fonction le %2</translation>
    </message>
    <message>
        <source>%1 is more than the largest amount a line can hold (%2)</source>
        <translation>%1 dépasse le plus grand montant qu&apos;une ligne peut contenir (%2)</translation>
    </message>
    <message>
        <source>this line brings the %1 lines of %2 to a total of %3, more than the %4 that Bilan can add up; check the amount</source>
        <translation>cette ligne porte le total des lignes %1 de %2 à %3, plus que les %4 que Bilan peut additionner&#xa0;; vérifiez le montant</translation>
    </message>
    <message>
        <source>%1 is outside the dates Bilan accepts (%2 to %3)</source>
        <translation>%1 est hors des dates que Bilan accepte (du %2 au %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a line break %2; this text must be one line</source>
        <translation>«&#xa0;%1&#xa0;» contient un saut de ligne %2&#xa0;; ce texte doit tenir sur une ligne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds the control character %2, which a name or title cannot hold</source>
        <translation>«&#xa0;%1&#xa0;» contient le caractère de contrôle %2, interdit dans un nom ou un titre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds the control character %2, which a text cannot hold</source>
        <translation>«&#xa0;%1&#xa0;» contient le caractère de contrôle %2, interdit dans un texte</translation>
    </message>
    <message>
        <source>%1 is not a plausible birth year; Bilan accepts %2 to %3</source>
        <translation>%1 n&apos;est pas une année de naissance plausible&#xa0;; Bilan accepte de %2 à %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds the invisible character %2, which a name or title cannot hold: it makes different texts look the same</source>
        <translation>« %1 » contient le caractère invisible %2, interdit dans un nom ou un titre&#xa0;: il fait se ressembler des textes différents</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds the invisible character %2, which makes the text read otherwise than it is written; a text cannot hold it</source>
        <translation>« %1 » contient le caractère invisible %2, qui fait lire le texte autrement qu&apos;il n&apos;est écrit&#xa0;; un texte ne peut pas le contenir</translation>
    </message>
    <message>
        <source>the fiscal year %1 is closed: its satisfaction survey can no longer be added, changed or deleted</source>
        <translation>l&apos;exercice %1 est fermé&#xa0;: son sondage de satisfaction ne peut plus être ajouté, modifié ni supprimé</translation>
    </message>
    <message>
        <source>the fiscal year %1 is closed: its business-development activities can no longer be added, changed or deleted</source>
        <translation>l&apos;exercice %1 est fermé&#xa0;: ses activités de développement des affaires ne peuvent plus être ajoutées, modifiées ni supprimées</translation>
    </message>
    <message>
        <source>the meeting must end after it starts (%1); it ends at %2</source>
        <translation>la réunion doit se terminer après son début (%1); elle se termine à %2</translation>
    </message>
    <message>
        <source>agenda item %1 is empty; give it a text or remove it</source>
        <translation>le point %1 de l&apos;ordre du jour est vide; donnez-lui un texte ou retirez-le</translation>
    </message>
    <message>
        <source>a resolution needs a number</source>
        <translation>une résolution doit avoir un numéro</translation>
    </message>
    <message>
        <source>resolution %1 needs a text</source>
        <translation>la résolution %1 doit avoir un texte</translation>
    </message>
    <message>
        <source>the outcome of resolution %1 must be one of %2</source>
        <translation>l&apos;issue de la résolution %1 doit être l&apos;une de %2</translation>
    </message>
    <message>
        <source>no director with id %1</source>
        <translation>aucun administrateur ne porte l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>resolution %1 is moved and seconded by the same director; the seconder must be another director present</source>
        <translation>la résolution %1 est proposée et appuyée par le même administrateur; l&apos;appuyeur doit être un autre administrateur présent</translation>
    </message>
    <message>
        <source>a number of votes cannot be negative (%1)</source>
        <translation>un nombre de voix ne peut pas être négatif (%1)</translation>
    </message>
</context>
<context>
    <name>bilan::WeekGridModel</name>
    <message>
        <source>The fiscal year %1 is closed: its hours can no longer change</source>
        <translation>L&apos;exercice %1 est fermé&#xa0;: ses heures ne peuvent plus être modifiées</translation>
    </message>
    <message numerus="yes">
        <source>%n entries: change them in the list of entries</source>
        <translation>
            <numerusform>%n entrée de temps&#xa0;: modifiez-la dans la liste des entrées de temps</numerusform>
            <numerusform>%n entrées de temps&#xa0;: modifiez-les dans la liste des entrées de temps</numerusform>
        </translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>day and month in a header</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>%1 entries make up this cell: change them one by one in the list of entries</source>
        <translation>%1 entrées de temps composent cette cellule&#xa0;: modifiez-les une à une dans la liste des entrées de temps</translation>
    </message>
</context>
<context>
    <name>bilan::WindowLauncher</name>
    <message>
        <source>Bilan</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation>La base de données n&apos;a pas pu être ouverte.

%1</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Membership periods</source>
        <translation>Périodes d&apos;adhésion</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Hour entries</source>
        <translation>Entrées de temps</translation>
    </message>
    <message>
        <source>Board mandates</source>
        <translation>Mandats au conseil</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Finance lines</source>
        <translation>Postes financiers</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Sondages</translation>
    </message>
    <message>
        <source>Business-development activities</source>
        <translation>Activités de développement des affaires</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Finances</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>The database was backed up to %1</source>
        <translation>La base de données a été sauvegardée dans %1</translation>
    </message>
    <message>
        <source>Bilan could not be started on %1</source>
        <translation>Bilan n&apos;a pas pu être lancé sur %1</translation>
    </message>
    <message>
        <source>%1 already exists; open it with File ▸ Open Database, or choose another name for a new database.</source>
        <translation>%1 existe déjà&#xa0;; ouvrez-le avec Fichier ▸ Ouvrir une base de données, ou choisissez un autre nom pour la nouvelle base de données.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>The new language will be used the next time Bilan starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Bilan.</translation>
    </message>
    <message>
        <source>The pages were not read again: save or discard your changes, then reopen them.</source>
        <translation>Les pages n&apos;ont pas été relues&#xa0;: enregistrez ou abandonnez vos modifications, puis rouvrez-les.</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Coopérative</translation>
    </message>
    <message>
        <source>Export Report as Open&amp;Document…</source>
        <translation>Exporter le rapport en Open&amp;Document…</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>bilan::YearArguments</name>
    <message>
        <source>The fiscal year, as 2019-2020.</source>
        <translation>L&apos;exercice, sous la forme 2019-2020.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument «&#xa0;%1&#xa0;» inattendu</translation>
    </message>
    <message>
        <source>%1 needs --year, as in --year 2019-2020</source>
        <translation>%1 requiert --year, comme dans --year 2019-2020</translation>
    </message>
</context>
</TS>
