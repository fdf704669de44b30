<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionTaken</name>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Astreinte prévenue</translation>
    </message>
    <message>
        <source>Message only</source>
        <translation>Message seulement</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>AmiCallControl</name>
    <message>
        <source>cannot dial &quot;%1&quot;: a number is 1 to 32 digits, * or #</source>
        <translation>impossible de composer «&#xa0;%1&#xa0;»&#xa0;: un numéro compte de 1 à 32 chiffres, * ou #</translation>
    </message>
    <message>
        <source>the call %1 is no longer on this phone</source>
        <translation>l’appel %1 n’est plus sur ce poste</translation>
    </message>
    <message>
        <source>no outcome from the phone system in time</source>
        <translation>pas de réponse du standard dans le délai</translation>
    </message>
    <message>
        <source>refused by the phone system</source>
        <translation>refusé par le standard</translation>
    </message>
</context>
<context>
    <name>AmiParser</name>
    <message>
        <source>line %1 is longer than %2 bytes</source>
        <translation>la ligne %1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>line %1 is not &quot;Key: Value&quot;: skipped</source>
        <translation>la ligne %1 n’est pas de la forme «&#xa0;Clé: Valeur&#xa0;»&#xa0;: ignorée</translation>
    </message>
    <message>
        <source>message ending at line %1 is larger than %2 bytes</source>
        <translation>le message qui se termine ligne %1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>command output at line %1 is larger than %2 bytes</source>
        <translation>la sortie de commande ligne %1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>: message dropped</source>
        <translation>&#xa0;: message abandonné</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>cannot write the audit log (%1): %2</source>
        <translation>impossible d’écrire le journal d’audit (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation>impossible de lire le journal d’audit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CallControl</name>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>occupé</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>not possible with this phone system</source>
        <translation>impossible avec ce standard</translation>
    </message>
</context>
<context>
    <name>CallRecordRepositoryText</name>
    <message>
        <source>a call record needs a call id and an offer time</source>
        <translation>un enregistrement d’appel a besoin d’un identifiant d’appel et d’une heure de présentation</translation>
    </message>
    <message>
        <source>cannot save call %1: %2</source>
        <translation>impossible d’enregistrer l’appel %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot record call %1: %2</source>
        <translation>impossible d’enregistrer l’appel %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot record the answer of call %1: %2</source>
        <translation>impossible d’enregistrer le décroché de l’appel %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot record the end of call %1: %2</source>
        <translation>impossible d’enregistrer la fin de l’appel %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot record the outcome of call %1: %2</source>
        <translation>impossible d’enregistrer l’issue de l’appel %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a call event needs a call id and a time</source>
        <translation>un événement d’appel a besoin d’un identifiant d’appel et d’une heure</translation>
    </message>
    <message>
        <source>cannot log an event of call %1: %2</source>
        <translation>impossible de consigner un événement de l’appel %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read a call record: %1</source>
        <translation>impossible de lire un enregistrement d’appel&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the events of call %1: %2</source>
        <translation>impossible de lire les événements de l’appel %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CallRecorder</name>
    <message>
        <source>a call event without a call id</source>
        <translation>un événement d’appel sans identifiant d’appel</translation>
    </message>
</context>
<context>
    <name>CallState</name>
    <message>
        <source>Ringing</source>
        <translation>Sonne</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>CallbackDialerText</name>
    <message>
        <source>No phone system to dial from: call back on the desk phone.</source>
        <translation>Pas de standard pour composer&#xa0;: rappelez depuis le poste téléphonique.</translation>
    </message>
    <message>
        <source>This line has no number to call back.</source>
        <translation>Cette ligne n’a pas de numéro à rappeler.</translation>
    </message>
    <message>
        <source>A callback is already being dialed.</source>
        <translation>Un rappel est déjà en cours de composition.</translation>
    </message>
    <message>
        <source>Calling back %1: your phone rings first…</source>
        <translation>Rappel de %1&#xa0;: votre poste sonne d’abord…</translation>
    </message>
    <message>
        <source>message %1 is no longer in the store</source>
        <translation>le message %1 n’est plus dans la base</translation>
    </message>
    <message>
        <source>Callback %1, but NOT recorded: %2</source>
        <translation>Rappel de %1, mais NON enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Called back %1: %2</source>
        <translation>%1 rappelé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Callback to %1: %2. It stays in the list.</source>
        <translation>Rappel de %1&#xa0;: %2. Il reste dans la liste.</translation>
    </message>
</context>
<context>
    <name>CallbackQueueText</name>
    <message>
        <source>the caller</source>
        <translation>l’appelant</translation>
    </message>
    <message>
        <source>Call back %1</source>
        <translation>Rappeler %1</translation>
    </message>
    <message>
        <source> (tried, not reached)</source>
        <translation> (essayé, non joint)</translation>
    </message>
    <message>
        <source>cannot read the callbacks to make: %1</source>
        <translation>impossible de lire les rappels à faire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CallbackText</name>
    <message>
        <source>callback</source>
        <translation>rappel</translation>
    </message>
    <message>
        <source>say when: &quot;30 min&quot;, &quot;1 h&quot; or a time such as 14:30</source>
        <translation>indiquez quand&#xa0;: «&#xa0;30 min&#xa0;», «&#xa0;1 h&#xa0;» ou une heure comme 14:30</translation>
    </message>
    <message>
        <source>the time %1 is already past</source>
        <translation>l’heure %1 est déjà passée</translation>
    </message>
    <message>
        <source>more than %1 days ahead: note it in the message instead</source>
        <translation>plus de %1 jours à l’avance&#xa0;: notez-le plutôt dans le message</translation>
    </message>
    <message>
        <source>no number to call back</source>
        <translation>aucun numéro à rappeler</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>Lists the client accounts with their dialed numbers (E.164), one per line: CODE  Name  numbers. An empty embedded database is first filled with the demo clients.</source>
        <translation>Liste les comptes clients avec leurs SDA (E.164), un par ligne&#xa0;: CODE  Nom  numéros. Une base embarquée vide reçoit d’abord les clients de démonstration.</translation>
    </message>
    <message>
        <source>Print a JSON array of {code, name, sector, dialedNumbers}.</source>
        <translation>Affiche un tableau JSON de {code, name, sector, dialedNumbers}.</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>rien n’a été importé</translation>
    </message>
    <message>
        <source>imported %1 clients (%2 new versions, %3 unchanged)</source>
        <translation>%1 clients importés (%2 nouvelles versions, %3 inchangés)</translation>
    </message>
    <message>
        <source>cannot write the export to stdout</source>
        <translation>impossible d’écrire l’export sur la sortie standard</translation>
    </message>
    <message>
        <source>version  saved at             author  size</source>
        <translation>version  enregistrée le       auteur  taille</translation>
    </message>
    <message>
        <source>versions are numbers from 1 (see &apos;consignes versions %1&apos;)</source>
        <translation>les versions sont des nombres à partir de 1 (voir «&#xa0;consignes versions %1&#xa0;»)</translation>
    </message>
    <message>
        <source>%1: versions %2 and %3 are identical</source>
        <translation>%1&#xa0;: les versions %2 et %3 sont identiques</translation>
    </message>
    <message>
        <source>Client consignes: validate files, import them all or nothing (identical consignes make no new version), export the latest versions as one canonical document, list a client&apos;s versions and show what changed between two.</source>
        <translation>Consignes des clients&#xa0;: valider des fichiers, les importer tous ou aucun (des consignes identiques ne créent pas de nouvelle version), exporter les dernières versions en un document canonique, lister les versions d’un client et montrer ce qui a changé entre deux.</translation>
    </message>
    <message>
        <source>import: the name recorded with the new versions (default: $USER).</source>
        <translation>import&#xa0;: le nom enregistré avec les nouvelles versions (par défaut&#xa0;: $USER).</translation>
    </message>
    <message>
        <source>export: only this client.</source>
        <translation>export&#xa0;: ce client seulement.</translation>
    </message>
    <message>
        <source>export: write to this file (atomically) instead of stdout.</source>
        <translation>export&#xa0;: écrire dans ce fichier (de façon atomique) au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>validate, import, export, versions or diff</source>
        <translation>validate, import, export, versions ou diff</translation>
    </message>
    <message>
        <source>Only this client&apos;s messages.</source>
        <translation>Les messages de ce client seulement.</translation>
    </message>
    <message>
        <source>At most N messages (default 50).</source>
        <translation>Au plus N messages (50 par défaut).</translation>
    </message>
    <message>
        <source>Print a JSON array of messages.</source>
        <translation>Affiche un tableau JSON des messages.</translation>
    </message>
    <message>
        <source>A caller number (any form, or its end) or words.</source>
        <translation>Un numéro d’appelant (sous toute forme, ou sa fin) ou des mots.</translation>
    </message>
    <message>
        <source>search needs one TEXT (quote it when it holds spaces)</source>
        <translation>search attend un TEXTE (entre guillemets s’il contient des espaces)</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to %1</source>
        <translation>--limit doit être un nombre de 1 à %1</translation>
    </message>
    <message>
        <source>no message found</source>
        <translation>aucun message trouvé</translation>
    </message>
    <message>
        <source>Messages created on or after DATE (YYYY-MM-DD, local time, or ISO 8601).</source>
        <translation>Messages créés à partir de DATE (AAAA-MM-JJ, heure locale, ou ISO 8601).</translation>
    </message>
    <message>
        <source>Messages created up to DATE, that whole day included.</source>
        <translation>Messages créés jusqu’à DATE, ce jour compris.</translation>
    </message>
    <message>
        <source>csv (UTF-8 with BOM, &apos;;&apos;: opens in a French spreadsheet) or json; default: from the -o file&apos;s extension, else csv.</source>
        <translation>csv (UTF-8 avec BOM, séparateur «&#xa0;;&#xa0;»&#xa0;: s’ouvre dans un tableur français) ou json&#xa0;; par défaut&#xa0;: d’après l’extension du fichier -o, sinon csv.</translation>
    </message>
    <message>
        <source>Write to FILE (atomically) instead of the standard output.</source>
        <translation>Écrire dans FICHIER (de façon atomique) au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--from &apos;%1&apos; is not a date (YYYY-MM-DD or ISO 8601)</source>
        <translation>--from «&#xa0;%1&#xa0;» n’est pas une date (AAAA-MM-JJ ou ISO 8601)</translation>
    </message>
    <message>
        <source>--to &apos;%1&apos; is not a date (YYYY-MM-DD or ISO 8601)</source>
        <translation>--to «&#xa0;%1&#xa0;» n’est pas une date (AAAA-MM-JJ ou ISO 8601)</translation>
    </message>
    <message>
        <source>--from must come before --to</source>
        <translation>--from doit précéder --to</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &apos;%1&apos;</source>
        <translation>--format doit être csv ou json, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot write to the standard output</source>
        <translation>impossible d’écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 messages written to %2</source>
        <translation>%1 messages écrits dans %2</translation>
    </message>
    <message>
        <source>relais-cli messages: search or export?
</source>
        <translation>relais-cli messages&#xa0;: search ou export&#xa0;?
</translation>
    </message>
    <message>
        <source>relais-cli messages: unknown &apos;%1&apos;
</source>
        <translation>relais-cli messages&#xa0;: «&#xa0;%1&#xa0;» inconnu
</translation>
    </message>
    <message>
        <source>Applies every schema migration the database lacks, each in one transaction, and prints the schema version. Running it again changes nothing.</source>
        <translation>Applique chaque migration de schéma qui manque à la base, chacune dans une transaction, et affiche la version du schéma. Le relancer ne change rien.</translation>
    </message>
    <message>
        <source>schema version %1 (%2)</source>
        <translation>version du schéma %1 (%2)</translation>
    </message>
    <message>
        <source>Prints the supervision figures of the recorded calls: offered, answered, answer rate, average and 90th percentile time to answer, average handling time, messages, filtered, incomplete, qualification rate, actions, per client and per operator, and the calls by hour. Days are whole days in each client&apos;s time zone.</source>
        <translation>Affiche les chiffres de supervision des appels enregistrés&#xa0;: présentés, répondus, taux de réponse, délai de décroché moyen et au 90e centile, durée de traitement moyenne, messages, filtrés, incomplets, taux de qualification, actions, par client et par opératrice, et les appels par heure. Les jours sont des jours entiers dans le fuseau horaire de chaque client.</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation>Premier jour (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>Last day, included (YYYY-MM-DD).</source>
        <translation>Dernier jour, inclus (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Only this client&apos;s calls.</source>
        <translation>Les appels de ce client seulement.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Only this operator&apos;s calls.</source>
        <translation>Les appels de cette opératrice seulement.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Affiche du JSON.</translation>
    </message>
    <message>
        <source>Print CSV for a spreadsheet (UTF-8 with BOM, &apos;;&apos;, decimal comma).</source>
        <translation>Affiche du CSV pour un tableur (UTF-8 avec BOM, «&#xa0;;&#xa0;», virgule décimale).</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other</source>
        <translation>--json et --csv s’excluent</translation>
    </message>
    <message>
        <source>--%1 needs a day as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1 attend un jour au format AAAA-MM-JJ, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 est après --to %2</translation>
    </message>
    <message>
        <source>Syncs the local messages with the team&apos;s shared PostgreSQL database: pushes the ones waiting, pulls the other consoles&apos;. Runs until interrupted unless --once.</source>
        <translation>Synchronise les messages locaux avec la base PostgreSQL partagée de l’équipe&#xa0;: envoie ceux en attente, récupère ceux des autres postes. Tourne jusqu’à interruption, sauf avec --once.</translation>
    </message>
    <message>
        <source>The shared database: postgresql://user[:password]@host[:port]/db (default: RELAIS_SHARED_DB).</source>
        <translation>La base partagée&#xa0;: postgresql://user[:password]@host[:port]/db (par défaut&#xa0;: RELAIS_SHARED_DB).</translation>
    </message>
    <message>
        <source>Push and pull until nothing is waiting, print &quot;pushed N, pulled M, waiting K&quot; and exit (1 if anything is still waiting).</source>
        <translation>Envoie et récupère jusqu’à ce que plus rien n’attende, affiche «&#xa0;pushed N, pulled M, waiting K&#xa0;» et s’arrête (code 1 s’il reste quelque chose en attente).</translation>
    </message>
    <message>
        <source>Connects to a call source and prints one JSON line per pop: callId, client (code or null), caller, dialed, greeting, latencyMs. Runs until interrupted.</source>
        <translation>Se connecte à une source d’appels et affiche une ligne JSON par fiche&#xa0;: callId, client (code ou null), caller, dialed, greeting, latencyMs. Tourne jusqu’à interruption.</translation>
    </message>
    <message>
        <source>Call source: sim://[?interval=SECONDS] or ami://USER[:SECRET]@HOST[:PORT]?device=PJSIP/201[&amp;dialed=exten|variable:NAME|queue][&amp;ping=SECONDS] (secret also from RELAIS_AMI_SECRET).</source>
        <translation>Source d’appels&#xa0;: sim://[?interval=SECONDES] ou ami://USER[:SECRET]@HOST[:PORT]?device=PJSIP/201[&amp;dialed=exten|variable:NOM|queue][&amp;ping=SECONDES] (secret aussi lu dans RELAIS_AMI_SECRET).</translation>
    </message>
    <message>
        <source>Operator first name said in the greeting.</source>
        <translation>Prénom de l’opératrice prononcé dans l’accueil.</translation>
    </message>
    <message>
        <source>Deletes the messages older than their client&apos;s retention period (retentionDays in the consignes; 365 days for an unknown client), with their amendment history and reviews, and anonymises their call records. All in one transaction, audited.</source>
        <translation>Supprime les messages plus anciens que la durée de conservation de leur client (retentionDays dans les consignes&#xa0;; 365 jours pour un client inconnu), avec leur historique de corrections et leurs évaluations, et anonymise leurs enregistrements d’appel. Le tout en une transaction, tracée dans l’audit.</translation>
    </message>
    <message>
        <source>Count only; change nothing.</source>
        <translation>Compter seulement&#xa0;; ne rien modifier.</translation>
    </message>
    <message>
        <source>dry run: %1 messages would be deleted
</source>
        <translation>simulation&#xa0;: %1 messages seraient supprimés
</translation>
    </message>
    <message>
        <source>%1 messages deleted, %2 call records anonymised
</source>
        <translation>%1 messages supprimés, %2 enregistrements d’appel anonymisés
</translation>
    </message>
    <message>
        <source>no password on stdin</source>
        <translation>aucun mot de passe sur l’entrée standard</translation>
    </message>
    <message>
        <source>stdin is not a terminal: pass the password with --password-stdin</source>
        <translation>l’entrée standard n’est pas un terminal&#xa0;: passez le mot de passe avec --password-stdin</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nouveau mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Confirmation&#xa0;: </translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>les deux mots de passe diffèrent</translation>
    </message>
    <message>
        <source>a password needs at least %1 characters</source>
        <translation>un mot de passe doit compter au moins %1 caractères</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>Nom affiché.</translation>
    </message>
    <message>
        <source>operator (default), supervisor or admin.</source>
        <translation>operator (par défaut), supervisor ou admin.</translation>
    </message>
    <message>
        <source>Read the password as one line of stdin (for scripts).</source>
        <translation>Lire le mot de passe sur une ligne de l’entrée standard (pour les scripts).</translation>
    </message>
    <message>
        <source>Enable the user again.</source>
        <translation>Réactiver l’utilisateur.</translation>
    </message>
    <message>
        <source>expected add, passwd, disable or list
</source>
        <translation>attendu&#xa0;: add, passwd, disable ou list
</translation>
    </message>
    <message>
        <source>%1 needs one LOGIN (a password is never an argument)</source>
        <translation>%1 attend un IDENTIFIANT (un mot de passe n’est jamais un argument)</translation>
    </message>
    <message>
        <source>list takes no argument</source>
        <translation>list ne prend pas d’argument</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;: operator, supervisor or admin</source>
        <translation>rôle «&#xa0;%1&#xa0;» inconnu&#xa0;: operator, supervisor ou admin</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid login: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant valide&#xa0;: lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>  (disabled)</source>
        <translation>  (désactivé)</translation>
    </message>
    <message>
        <source>%1 enabled
</source>
        <translation>%1 réactivé
</translation>
    </message>
    <message>
        <source>%1 disabled
</source>
        <translation>%1 désactivé
</translation>
    </message>
    <message>
        <source>the login &apos;%1&apos; is already taken</source>
        <translation>l’identifiant «&#xa0;%1&#xa0;» est déjà pris</translation>
    </message>
    <message>
        <source>there is no user &apos;%1&apos;</source>
        <translation>il n’y a pas d’utilisateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 added (%2)
</source>
        <translation>%1 ajouté (%2)
</translation>
    </message>
    <message>
        <source>password of %1 changed
</source>
        <translation>mot de passe de %1 modifié
</translation>
    </message>
    <message>
        <source>cannot commit a batch of generated messages</source>
        <translation>impossible de valider un lot de messages générés</translation>
    </message>
    <message>
        <source>%1 already holds %2 messages; pass --append to add more</source>
        <translation>%1 contient déjà %2 messages&#xa0;; passez --append pour en ajouter</translation>
    </message>
    <message>
        <source>%1: %2 client accounts, %3 messages added (seed %4) in %5 s</source>
        <translation>%1&#xa0;: %2 comptes clients, %3 messages ajoutés (graine %4) en %5 s</translation>
    </message>
    <message>
        <source>Fills the database with generated client accounts (full consignes, French names and numbers) and messages, the same for the same seed and --until. Messages go in batched transactions. A database that already holds messages is refused unless --append.</source>
        <translation>Remplit la base de comptes clients générés (consignes complètes, noms et numéros français) et de messages, identiques pour une même graine et un même --until. Les messages sont écrits par lots de transactions. Une base qui contient déjà des messages est refusée, sauf avec --append.</translation>
    </message>
    <message>
        <source>Client accounts (codes GEN-0001…).</source>
        <translation>Comptes clients (codes GEN-0001…).</translation>
    </message>
    <message>
        <source>Messages to add.</source>
        <translation>Messages à ajouter.</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Graine aléatoire (1 par défaut).</translation>
    </message>
    <message>
        <source>Newest message date, YYYY-MM-DD (default: today, 00:00 UTC).</source>
        <translation>Date du message le plus récent, AAAA-MM-JJ (par défaut&#xa0;: aujourd’hui, 00:00 UTC).</translation>
    </message>
    <message>
        <source>Days the messages span (default 365).</source>
        <translation>Nombre de jours couverts par les messages (365 par défaut).</translation>
    </message>
    <message>
        <source>Messages per transaction (default 5000).</source>
        <translation>Messages par transaction (5000 par défaut).</translation>
    </message>
    <message>
        <source>Add to a database that already holds messages.</source>
        <translation>Ajouter à une base qui contient déjà des messages.</translation>
    </message>
    <message>
        <source>--clients takes a number from 1 to 9999</source>
        <translation>--clients attend un nombre de 1 à 9999</translation>
    </message>
    <message>
        <source>--messages takes a number of 0 or more</source>
        <translation>--messages attend un nombre supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>--seed takes a whole number</source>
        <translation>--seed attend un nombre entier</translation>
    </message>
    <message>
        <source>--days takes a number of 1 or more</source>
        <translation>--days attend un nombre supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>--batch takes a number of 1 or more</source>
        <translation>--batch attend un nombre supérieur ou égal à 1</translation>
    </message>
    <message>
        <source>--until takes a date as YYYY-MM-DD</source>
        <translation>--until attend une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Writes a client&apos;s monthly report as an A4 PDF: calls offered, answered and missed, answer rate, average time to answer and handling time, qualification rate, messages by urgency, transfers and appointment requests, calls by day and by hour, and the list of messages. Days and hours are in the client&apos;s time zone.</source>
        <translation>Écrit le rapport mensuel d’un client en PDF A4&#xa0;: appels présentés, répondus et non répondus, taux de réponse, délai de décroché et durée de traitement moyens, taux de qualification, messages par urgence, transferts et demandes de rendez-vous, appels par jour et par heure, et la liste des messages. Les jours et les heures sont dans le fuseau horaire du client.</translation>
    </message>
    <message>
        <source>The client&apos;s code.</source>
        <translation>Le code du client.</translation>
    </message>
    <message>
        <source>The month (YYYY-MM).</source>
        <translation>Le mois (AAAA-MM).</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Language of the report: fr (default) or en.</source>
        <translation>Langue du rapport&#xa0;: fr (par défaut) ou en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>--month needs a month as YYYY-MM, not &apos;%1&apos;</source>
        <translation>--month attend un mois au format AAAA-MM, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--lang is fr or en, not &apos;%1&apos;</source>
        <translation>--lang vaut fr ou en, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2 pages, %3 calls, %4 messages
</source>
        <translation>%1&#xa0;: %2 pages, %3 appels, %4 messages
</translation>
    </message>
    <message>
        <source>Value: </source>
        <translation>Valeur&#xa0;: </translation>
    </message>
    <message>
        <source>an action and a name, nothing else (the value comes from stdin)
</source>
        <translation>une action et un nom, rien d’autre (la valeur est lue sur l’entrée standard)
</translation>
    </message>
    <message>
        <source>not a postgresql:// or ami:// URL with a user</source>
        <translation>pas une URL postgresql:// ou ami:// avec un utilisateur</translation>
    </message>
    <message>
        <source>no value on stdin</source>
        <translation>aucune valeur sur l’entrée standard</translation>
    </message>
    <message>
        <source>secret %1 stored in %2</source>
        <translation>secret %1 enregistré dans %2</translation>
    </message>
    <message>
        <source>secret %1 removed</source>
        <translation>secret %1 supprimé</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;
</source>
        <translation>action «&#xa0;%1&#xa0;» inconnue
</translation>
    </message>
</context>
<context>
    <name>ClientRepositoryText</name>
    <message>
        <source>cannot commit client %1: %2</source>
        <translation>impossible de valider le client %1&#xa0;: %2</translation>
    </message>
    <message>
        <source> (nothing was saved)</source>
        <translation> (rien n’a été enregistré)</translation>
    </message>
    <message>
        <source>cannot commit %1 clients: %2</source>
        <translation>impossible de valider %1 clients&#xa0;: %2</translation>
    </message>
    <message>
        <source>a client account needs a code</source>
        <translation>un compte client a besoin d’un code</translation>
    </message>
    <message>
        <source>client %1 needs a name</source>
        <translation>le client %1 a besoin d’un nom</translation>
    </message>
    <message>
        <source>dialed number %1 is listed twice for client %2</source>
        <translation>le numéro composé %1 figure deux fois pour le client %2</translation>
    </message>
    <message>
        <source>cannot save client %1: %2</source>
        <translation>impossible d’enregistrer le client %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>client %1 does not exist any more (this edit started from version %2)</source>
        <translation>le client %1 n’existe plus (cette modification partait de la version %2)</translation>
    </message>
    <message>
        <source>client %1 was changed meanwhile: version %2 was saved by %3 at %4, and this edit started from version %5; reload the client and apply the changes again</source>
        <translation>le client %1 a été modifié entre-temps&#xa0;: la version %2 a été enregistrée par %3 le %4, et cette modification partait de la version %5&#xa0;; rechargez le client et refaites les changements</translation>
    </message>
    <message>
        <source>dialed number %1 already belongs to client %2; it cannot also be given to %3</source>
        <translation>le numéro composé %1 appartient déjà au client %2&#xa0;; il ne peut pas aussi être donné à %3</translation>
    </message>
    <message>
        <source>cannot load the clients: %1</source>
        <translation>impossible de charger les clients&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot count the clients: %1</source>
        <translation>impossible de compter les clients&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CompletenessScoreText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>The checklist has no required field</source>
        <translation>La liste de questions n’a aucun champ obligatoire</translation>
    </message>
    <message>
        <source>All %1 required fields answered</source>
        <translation>Les %1 champs obligatoires sont renseignés</translation>
    </message>
    <message>
        <source>%1 of %2 required fields answered; missing: %3</source>
        <translation>%1 champs obligatoires renseignés sur %2&#xa0;; manquent&#xa0;: %3</translation>
    </message>
    <message>
        <source>No callback number</source>
        <translation>Pas de numéro de rappel</translation>
    </message>
    <message>
        <source>The callback number &quot;%1&quot; is not valid: %2</source>
        <translation>Le numéro de rappel «&#xa0;%1&#xa0;» n’est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>The callback number %1 is valid</source>
        <translation>Le numéro de rappel %1 est valide</translation>
    </message>
    <message>
        <source>No urgency level: no procedure</source>
        <translation>Aucun niveau d’urgence&#xa0;: pas de procédure</translation>
    </message>
    <message>
        <source>The urgency level &quot;%1&quot; is not one of the client&apos;s</source>
        <translation>Le niveau d’urgence «&#xa0;%1&#xa0;» n’est pas l’un de ceux du client</translation>
    </message>
    <message>
        <source>a transfer</source>
        <translation>un transfert</translation>
    </message>
    <message>
        <source>a page of the on-call person</source>
        <translation>un appel de l’astreinte</translation>
    </message>
    <message>
        <source>Urgency &quot;%1&quot; asks for a message only</source>
        <translation>L’urgence «&#xa0;%1&#xa0;» demande un simple message</translation>
    </message>
    <message>
        <source>Urgency &quot;%1&quot;: the procedure&apos;s action was recorded</source>
        <translation>Urgence «&#xa0;%1&#xa0;»&#xa0;: l’action de la procédure a été notée</translation>
    </message>
    <message>
        <source>Urgency &quot;%1&quot; asks for %2; none was recorded</source>
        <translation>L’urgence «&#xa0;%1&#xa0;» demande %2&#xa0;; rien n’a été noté</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>No call record to time the message by</source>
        <translation>Aucun enregistrement d’appel pour chronométrer le message</translation>
    </message>
    <message>
        <source>Completed in %1 after the answer</source>
        <translation>Terminé %1 après le décroché</translation>
    </message>
    <message>
        <source>Completed in %1 after the answer (over 3 min)</source>
        <translation>Terminé %1 après le décroché (plus de 3 min)</translation>
    </message>
    <message>
        <source>Completed in %1 after the answer (over 5 min)</source>
        <translation>Terminé %1 après le décroché (plus de 5 min)</translation>
    </message>
    <message>
        <source>Consignes version %1 of %2 not found: required fields and urgency not checked</source>
        <translation>Version %1 des consignes de %2 introuvable&#xa0;: champs obligatoires et urgence non vérifiés</translation>
    </message>
    <message>
        <source>Filtered call: no checklist asked</source>
        <translation>Appel filtré&#xa0;: aucune question posée</translation>
    </message>
</context>
<context>
    <name>Consignes</name>
    <message>
        <source>expected %1; found %2</source>
        <translation>attendu&#xa0;: %1&#xa0;; trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected one of %2</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;»&#xa0;; attendu l’une de&#xa0;: %2</translation>
    </message>
    <message>
        <source>missing key &quot;%1&quot;</source>
        <translation>clé «&#xa0;%1&#xa0;» manquante</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>une chaîne non vide</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>un entier de %1 à %2</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>l’une des valeurs %1</translation>
    </message>
    <message>
        <source>a time HH:MM from 00:00 to 23:59</source>
        <translation>une heure HH:MM de 00:00 à 23:59</translation>
    </message>
    <message>
        <source>a span [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</source>
        <translation>une plage [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</translation>
    </message>
    <message>
        <source>an array of spans [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</source>
        <translation>un tableau de plages [&quot;HH:MM&quot;, &quot;HH:MM&quot;]</translation>
    </message>
    <message>
        <source>expected a phone number; found %1 (%2)</source>
        <translation>attendu&#xa0;: un numéro de téléphone&#xa0;; trouvé&#xa0;: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConsignesDiffText</name>
    <message>
        <source>« %1 »</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
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
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>%1: added %2</source>
        <translation>%1&#xa0;: ajout de %2</translation>
    </message>
    <message>
        <source>%1: removed %2</source>
        <translation>%1&#xa0;: suppression de %2</translation>
    </message>
    <message>
        <source>%1: moved %2 from position %3 to %4</source>
        <translation>%1&#xa0;: %2 déplacé de la position %3 à %4</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>%1: added exception %2</source>
        <translation>%1&#xa0;: exception %2 ajoutée</translation>
    </message>
    <message>
        <source>%1: removed exception %2</source>
        <translation>%1&#xa0;: exception %2 supprimée</translation>
    </message>
    <message>
        <source>%1: moved exception %2 from position %3 to %4</source>
        <translation>%1&#xa0;: exception %2 déplacée de la position %3 à %4</translation>
    </message>
    <message>
        <source>%1: added field %2</source>
        <translation>%1&#xa0;: champ %2 ajouté</translation>
    </message>
    <message>
        <source>%1: removed field %2</source>
        <translation>%1&#xa0;: champ %2 supprimé</translation>
    </message>
    <message>
        <source>%1: moved field %2 from position %3 to %4</source>
        <translation>%1&#xa0;: champ %2 déplacé de la position %3 à %4</translation>
    </message>
    <message>
        <source>%1: added level %2</source>
        <translation>%1&#xa0;: niveau %2 ajouté</translation>
    </message>
    <message>
        <source>%1: removed level %2</source>
        <translation>%1&#xa0;: niveau %2 supprimé</translation>
    </message>
    <message>
        <source>%1: moved level %2 from position %3 to %4</source>
        <translation>%1&#xa0;: niveau %2 déplacé de la position %3 à %4</translation>
    </message>
    <message>
        <source>%1: added rule %2</source>
        <translation>%1&#xa0;: règle %2 ajoutée</translation>
    </message>
    <message>
        <source>%1: removed rule %2</source>
        <translation>%1&#xa0;: règle %2 supprimée</translation>
    </message>
    <message>
        <source>%1: moved rule %2 from position %3 to %4</source>
        <translation>%1&#xa0;: règle %2 déplacée de la position %3 à %4</translation>
    </message>
    <message>
        <source>%1: added filtering rule %2</source>
        <translation>%1&#xa0;: règle de filtrage %2 ajoutée</translation>
    </message>
    <message>
        <source>%1: removed filtering rule %2</source>
        <translation>%1&#xa0;: règle de filtrage %2 supprimée</translation>
    </message>
    <message>
        <source>%1: moved filtering rule %2 from position %3 to %4</source>
        <translation>%1&#xa0;: règle de filtrage %2 déplacée de la position %3 à %4</translation>
    </message>
    <message>
        <source>%1: added person %2</source>
        <translation>%1&#xa0;: personne %2 ajoutée</translation>
    </message>
    <message>
        <source>%1: removed person %2</source>
        <translation>%1&#xa0;: personne %2 supprimée</translation>
    </message>
    <message>
        <source>%1: moved person %2 from position %3 to %4</source>
        <translation>%1&#xa0;: personne %2 déplacée de la position %3 à %4</translation>
    </message>
    <message>
        <source>digest at %1</source>
        <translation>récapitulatif à %1</translation>
    </message>
    <message>
        <source>acknowledged within %1 min</source>
        <translation>accusé de réception sous %1 min</translation>
    </message>
    <message>
        <source>%1: added question %2</source>
        <translation>%1&#xa0;: question %2 ajoutée</translation>
    </message>
    <message>
        <source>%1: removed question %2</source>
        <translation>%1&#xa0;: question %2 supprimée</translation>
    </message>
    <message>
        <source>%1: moved question %2 from position %3 to %4</source>
        <translation>%1&#xa0;: question %2 déplacée de la position %3 à %4</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
</context>
<context>
    <name>ConsignesHistoryText</name>
    <message>
        <source>cannot list the versions of client %1: %2</source>
        <translation>impossible de lister les versions du client %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no client with code %1</source>
        <translation>aucun client avec le code %1</translation>
    </message>
    <message>
        <source>cannot read version %1 of client %2: %3</source>
        <translation>impossible de lire la version %1 du client %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>client %1 has no version %2</source>
        <translation>le client %1 n’a pas de version %2</translation>
    </message>
    <message>
        <source>client %1 is also in %2 (%3)</source>
        <translation>le client %1 figure aussi dans %2 (%3)</translation>
    </message>
    <message>
        <source>dialed number %1 of client %2 is already a dialed number of client %3 in %4 (%5)</source>
        <translation>le numéro composé %1 du client %2 est déjà un numéro du client %3 dans %4 (%5)</translation>
    </message>
    <message>
        <source>client %1 appears twice in the import; nothing was imported</source>
        <translation>le client %1 figure deux fois dans l’import&#xa0;; rien n’a été importé</translation>
    </message>
    <message>
        <source>dialed number %1 of client %2 already belongs to client %3, which is not in the import; nothing was imported</source>
        <translation>le numéro composé %1 du client %2 appartient déjà au client %3, absent de l’import&#xa0;; rien n’a été importé</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConsignesText</name>
    <message>
        <source>a date YYYY-MM-DD</source>
        <translation>une date AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>une adresse e-mail</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a code of 1 to 40 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>un code de 1 à 40 lettres, chiffres, «&#xa0;-&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;.&#xa0;»</translation>
    </message>
    <message>
        <source>an IANA time zone such as &quot;Europe/Paris&quot;</source>
        <translation>un fuseau horaire IANA comme «&#xa0;Europe/Paris&#xa0;»</translation>
    </message>
    <message>
        <source>file too large: %1 MB, the limit is %2 MB</source>
        <translation>fichier trop gros&#xa0;: %1 Mo, la limite est %2 Mo</translation>
    </message>
    <message>
        <source>empty file: expected a JSON object</source>
        <translation>fichier vide&#xa0;: attendu un objet JSON</translation>
    </message>
    <message>
        <source>not UTF-8 at byte 0: the file is UTF-16 (save it as UTF-8)</source>
        <translation>pas de l’UTF-8 à l’octet 0&#xa0;: le fichier est en UTF-16 (enregistrez-le en UTF-8)</translation>
    </message>
    <message>
        <source>not UTF-8 at byte %1 (save the file as UTF-8)</source>
        <translation>pas de l’UTF-8 à l’octet %1 (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected an object {&quot;format&quot;: &quot;relais-consignes&quot;, &quot;version&quot;: 1, &quot;clients&quot;: […]}; found %1</source>
        <translation>attendu un objet {&quot;format&quot;: &quot;relais-consignes&quot;, &quot;version&quot;: 1, &quot;clients&quot;: […]}&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected one of format, version, clients</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;»&#xa0;; attendu l’une de&#xa0;: format, version, clients</translation>
    </message>
    <message>
        <source>expected &quot;relais-consignes&quot;; found %1</source>
        <translation>attendu «&#xa0;relais-consignes&#xa0;»&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>no &quot;format&quot; key</source>
        <translation>pas de clé «&#xa0;format&#xa0;»</translation>
    </message>
    <message>
        <source>unsupported version %1; this build reads version 1</source>
        <translation>version %1 non prise en charge&#xa0;; cette version de Relais lit la version 1</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>expected an array of clients; found %1</source>
        <translation>attendu un tableau de clients&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>no &quot;clients&quot; key</source>
        <translation>pas de clé «&#xa0;clients&#xa0;»</translation>
    </message>
    <message>
        <source>duplicate client code &quot;%1&quot; (first at %2)</source>
        <translation>code client «&#xa0;%1&#xa0;» en double (première fois en %2)</translation>
    </message>
    <message>
        <source>dialed number %1 of client %2 is already a dialed number of client %3</source>
        <translation>le numéro composé %1 du client %2 est déjà un numéro du client %3</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>duplicate %1 &quot;%2&quot; (first at %3)</source>
        <translation>%1 «&#xa0;%2&#xa0;» en double (première fois en %3)</translation>
    </message>
    <message>
        <source>duplicate dialed number %1 (first at %2)</source>
        <translation>numéro composé %1 en double (première fois en %2)</translation>
    </message>
    <message>
        <source>span %1 overlaps span %2 of the same day</source>
        <translation>la plage %1 chevauche la plage %2 du même jour</translation>
    </message>
    <message>
        <source>duplicate exception date %1 (first at %2)</source>
        <translation>date d’exception %1 en double (première fois en %2)</translation>
    </message>
    <message>
        <source>a choice field needs a non-empty &quot;choices&quot; list</source>
        <translation>un champ à choix a besoin d’une liste «&#xa0;choices&#xa0;» non vide</translation>
    </message>
    <message>
        <source>&quot;choices&quot; is only for fields of type choice</source>
        <translation>«&#xa0;choices&#xa0;» n’existe que pour les champs de type choice</translation>
    </message>
    <message>
        <source>checklist field id</source>
        <translation>identifiant de champ de la liste de questions</translation>
    </message>
    <message>
        <source>unknown checklist field &quot;%1&quot;</source>
        <translation>champ de la liste de questions «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is yes/no: expected &quot;oui&quot; or &quot;non&quot;; found &quot;%2&quot;</source>
        <translation>le champ «&#xa0;%1&#xa0;» est oui/non&#xa0;: attendu «&#xa0;oui&#xa0;» ou «&#xa0;non&#xa0;»&#xa0;; trouvé «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>expected one of the choices of &quot;%1&quot; (%2); found &quot;%3&quot;</source>
        <translation>attendu l’un des choix de «&#xa0;%1&#xa0;» (%2)&#xa0;; trouvé «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>urgency level id</source>
        <translation>identifiant de niveau d’urgence</translation>
    </message>
    <message>
        <source>unknown urgency level &quot;%1&quot;</source>
        <translation>niveau d’urgence «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>missing: name the level used when no rule matches</source>
        <translation>manquant&#xa0;: indiquez le niveau utilisé quand aucune règle ne s’applique</translation>
    </message>
    <message>
        <source>a transfer needs a &quot;target&quot; (a directory person id)</source>
        <translation>un transfert a besoin d’une «&#xa0;target&#xa0;» (l’identifiant d’une personne de l’annuaire)</translation>
    </message>
    <message>
        <source>unknown directory person &quot;%1&quot;</source>
        <translation>personne «&#xa0;%1&#xa0;» absente de l’annuaire</translation>
    </message>
    <message>
        <source>pageOnCall needs an on-call rota (&quot;onCall&quot; is empty)</source>
        <translation>pageOnCall a besoin d’un planning d’astreinte («&#xa0;onCall&#xa0;» est vide)</translation>
    </message>
    <message>
        <source>only a transfer has a target</source>
        <translation>seul un transfert a une cible</translation>
    </message>
    <message>
        <source>urgency rule id</source>
        <translation>identifiant de règle d’urgence</translation>
    </message>
    <message>
        <source>filtering rule id</source>
        <translation>identifiant de règle de filtrage</translation>
    </message>
    <message>
        <source>directory person id</source>
        <translation>identifiant de personne de l’annuaire</translation>
    </message>
    <message>
        <source>expected at least one day</source>
        <translation>attendu au moins un jour</translation>
    </message>
    <message>
        <source>day &quot;%1&quot; is listed twice</source>
        <translation>le jour «&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>unknown urgency level &quot;%1&quot; (or &quot;*&quot; for every level)</source>
        <translation>niveau d’urgence «&#xa0;%1&#xa0;» inconnu (ou «&#xa0;*&#xa0;» pour tous les niveaux)</translation>
    </message>
    <message>
        <source>expected at least one channel: email, sms</source>
        <translation>attendu au moins un canal&#xa0;: email, sms</translation>
    </message>
    <message>
        <source>expected at least one recipient</source>
        <translation>attendu au moins un destinataire</translation>
    </message>
    <message>
        <source>&quot;oncall&quot; needs an on-call rota (&quot;onCall&quot; is empty)</source>
        <translation>«&#xa0;oncall&#xa0;» a besoin d’un planning d’astreinte («&#xa0;onCall&#xa0;» est vide)</translation>
    </message>
    <message>
        <source>unknown directory person &quot;%1&quot; (or &quot;oncall&quot;)</source>
        <translation>personne «&#xa0;%1&#xa0;» absente de l’annuaire (ou «&#xa0;oncall&#xa0;»)</translation>
    </message>
    <message>
        <source>a digest needs &quot;digestTimes&quot;</source>
        <translation>un récapitulatif a besoin de «&#xa0;digestTimes&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;digestTimes&quot; is only for a digest (&quot;digest&quot;: true)</source>
        <translation>«&#xa0;digestTimes&#xa0;» n’existe que pour un récapitulatif («&#xa0;digest&#xa0;»: true)</translation>
    </message>
    <message>
        <source>unmatched &apos;}&apos; at character %1</source>
        <translation>«&#xa0;}&#xa0;» sans «&#xa0;{&#xa0;» au caractère %1</translation>
    </message>
    <message>
        <source>unmatched &apos;{&apos; at character %1</source>
        <translation>«&#xa0;{&#xa0;» sans «&#xa0;}&#xa0;» au caractère %1</translation>
    </message>
    <message>
        <source>unknown variable {%1}; known: {salutation}, {client}, {operator}</source>
        <translation>variable inconnue {%1}&#xa0;; variables connues&#xa0;: {salutation}, {client}, {operator}</translation>
    </message>
</context>
<context>
    <name>ConsoleServices</name>
    <message>
        <source>SQLite — %1</source>
        <translation>SQLite — %1</translation>
    </message>
    <message>
        <source>PostgreSQL — %1</source>
        <translation>PostgreSQL — %1</translation>
    </message>
</context>
<context>
    <name>CoverageHours</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed (public holiday: %1)</source>
        <translation>Fermé (jour férié&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Closed (%1)</source>
        <translation>Fermé (%1)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>reopens today at %1</source>
        <translation>rouvre aujourd’hui à %1</translation>
    </message>
    <message>
        <source>reopens tomorrow at %1</source>
        <translation>rouvre demain à %1</translation>
    </message>
    <message>
        <source>reopens %1 at %2</source>
        <translation>rouvre %1 à %2</translation>
    </message>
    <message>
        <source>reopens on %1 at %2</source>
        <translation>rouvre le %1 à %2</translation>
    </message>
</context>
<context>
    <name>CtiSourceFactoryText</name>
    <message>
        <source>not a sim:// URL</source>
        <translation>pas une URL sim://</translation>
    </message>
    <message>
        <source>interval must be a number of seconds (0 to 86400), not &quot;%1&quot;</source>
        <translation>interval doit être un nombre de secondes (0 à 86400), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>seed must be a positive number, not &quot;%1&quot;</source>
        <translation>seed doit être un nombre positif, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (known: interval, seed)</source>
        <translation>option «&#xa0;%1&#xa0;» inconnue (connues&#xa0;: interval, seed)</translation>
    </message>
    <message>
        <source>not a valid URL</source>
        <translation>pas une URL valide</translation>
    </message>
    <message>
        <source>not an ami:// URL</source>
        <translation>pas une URL ami://</translation>
    </message>
    <message>
        <source>no host: write ami://USER@HOST[:PORT]?device=PJSIP/201</source>
        <translation>pas d’hôte&#xa0;: écrivez ami://UTILISATEUR@HÔTE[:PORT]?device=PJSIP/201</translation>
    </message>
    <message>
        <source>no AMI user: write ami://USER@HOST</source>
        <translation>pas d’utilisateur AMI&#xa0;: écrivez ami://UTILISATEUR@HÔTE</translation>
    </message>
    <message>
        <source>port must be 1 to 65535</source>
        <translation>le port doit être entre 1 et 65535</translation>
    </message>
    <message>
        <source>no AMI secret: put it in the URL or in RELAIS_AMI_SECRET</source>
        <translation>pas de secret AMI&#xa0;: mettez-le dans l’URL ou dans RELAIS_AMI_SECRET</translation>
    </message>
    <message>
        <source>the user and secret cannot contain line breaks</source>
        <translation>l’utilisateur et le secret ne peuvent pas contenir de saut de ligne</translation>
    </message>
    <message>
        <source>unexpected path &quot;%1&quot;: options go after &apos;?&apos;</source>
        <translation>chemin «&#xa0;%1&#xa0;» inattendu&#xa0;: les options se placent après «&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>device must be TECH/RESOURCE, e.g. PJSIP/201, not &quot;%1&quot;</source>
        <translation>device doit être TECH/RESSOURCE, par exemple PJSIP/201, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>dialed must be exten, queue or variable:NAME, not &quot;%1&quot;</source>
        <translation>dialed doit être exten, queue ou variable:NOM, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>ping must be a number of seconds (1 to 3600), not &quot;%1&quot;</source>
        <translation>ping doit être un nombre de secondes (1 à 3600), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no device: add ?device=PJSIP/201 (the operator&apos;s phone)</source>
        <translation>pas de poste&#xa0;: ajoutez&#xa0;?device=PJSIP/201 (le téléphone de l’opératrice)</translation>
    </message>
    <message>
        <source>unknown call source: use sim:// or ami://USER@HOST?device=PJSIP/201</source>
        <translation>source d’appels inconnue&#xa0;: utilisez sim:// ou ami://UTILISATEUR@HÔTE?device=PJSIP/201</translation>
    </message>
    <message>
        <source>context must be a dialplan context name (letters, digits, - and _), not &quot;%1&quot;</source>
        <translation>context doit être un nom de contexte du dialplan (lettres, chiffres, - et _), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot; (known: device, dialed, ping, events, context)</source>
        <translation>option «&#xa0;%1&#xa0;» inconnue (connues&#xa0;: device, dialed, ping, events, context)</translation>
    </message>
</context>
<context>
    <name>DatabaseText</name>
    <message>
        <source>the path is a directory, not a database file</source>
        <translation>le chemin est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a SQLite database (the file does not start with the SQLite header)</source>
        <translation>pas une base SQLite (le fichier ne commence pas par l’en-tête SQLite)</translation>
    </message>
    <message>
        <source>not a SQLite database (%1)</source>
        <translation>pas une base SQLite (%1)</translation>
    </message>
    <message>
        <source>cannot configure SQLite (%1): %2</source>
        <translation>impossible de configurer SQLite (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> et %1 de plus</translation>
    </message>
    <message>
        <source>not a Relais database: found tables %1 but no schema_version</source>
        <translation>pas une base Relais&#xa0;: tables %1 trouvées mais pas de schema_version</translation>
    </message>
    <message>
        <source>the connection name &apos;%1&apos; is already in use</source>
        <translation>le nom de connexion «&#xa0;%1&#xa0;» est déjà utilisé</translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation>le pilote Qt SQL %1 n’est pas installé</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>ouverture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de commencer une transaction&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseUrlText</name>
    <message>
        <source>empty database URL: expected sqlite:///path/file.db or postgresql://user@host/database</source>
        <translation>URL de base de données vide&#xa0;: attendu sqlite:///chemin/fichier.db ou postgresql://utilisateur@hôte/base</translation>
    </message>
    <message>
        <source>the URL contains a space or a line break (write a space as %20)</source>
        <translation>l’URL contient une espace ou un saut de ligne (écrivez une espace %20)</translation>
    </message>
    <message>
        <source>the URL contains a control character</source>
        <translation>l’URL contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>the URL contains the non-ASCII character &apos;%1&apos; (percent-encode it)</source>
        <translation>l’URL contient le caractère non ASCII «&#xa0;%1&#xa0;» (encodez-le avec %)</translation>
    </message>
    <message>
        <source>not a database URL: expected sqlite:///path/file.db or postgresql://user@host/database</source>
        <translation>pas une URL de base de données&#xa0;: attendu sqlite:///chemin/fichier.db ou postgresql://utilisateur@hôte/base</translation>
    </message>
    <message>
        <source>unexpected &apos;#&apos; in the URL (percent-encode it as %23)</source>
        <translation>«&#xa0;#&#xa0;» inattendu dans l’URL (encodez-le en %23)</translation>
    </message>
    <message>
        <source>unknown scheme &apos;%1&apos;: expected sqlite or postgresql</source>
        <translation>schéma «&#xa0;%1&#xa0;» inconnu&#xa0;: attendu sqlite ou postgresql</translation>
    </message>
    <message>
        <source>a SQLite URL needs an absolute path: sqlite:///path/file.db (three slashes) or sqlite://~/file.db</source>
        <translation>une URL SQLite a besoin d’un chemin absolu&#xa0;: sqlite:///chemin/fichier.db (trois barres obliques) ou sqlite://~/fichier.db</translation>
    </message>
    <message>
        <source>SQLite takes no options after &apos;?&apos;</source>
        <translation>SQLite n’accepte pas d’options après «&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>a SQLite URL names a local file, not a host: write sqlite:///path/file.db (three slashes)</source>
        <translation>une URL SQLite désigne un fichier local, pas un hôte&#xa0;: écrivez sqlite:///chemin/fichier.db (trois barres obliques)</translation>
    </message>
    <message>
        <source>bad percent-escape in the file path</source>
        <translation>encodage % incorrect dans le chemin du fichier</translation>
    </message>
    <message>
        <source>missing file path after sqlite://</source>
        <translation>chemin de fichier manquant après sqlite://</translation>
    </message>
    <message>
        <source>the path names a directory, not a database file</source>
        <translation>le chemin désigne un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>expected &apos;//&apos; after the scheme: postgresql://user@host/database</source>
        <translation>attendu «&#xa0;//&#xa0;» après le schéma&#xa0;: postgresql://utilisateur@hôte/base</translation>
    </message>
    <message>
        <source>bad percent-escape in the user name</source>
        <translation>encodage % incorrect dans le nom d’utilisateur</translation>
    </message>
    <message>
        <source>empty user name before &apos;@&apos;</source>
        <translation>nom d’utilisateur vide avant «&#xa0;@&#xa0;»</translation>
    </message>
    <message>
        <source>bad percent-escape in the password</source>
        <translation>encodage % incorrect dans le mot de passe</translation>
    </message>
    <message>
        <source>missing database name: postgresql://user@host/database</source>
        <translation>nom de base manquant&#xa0;: postgresql://utilisateur@hôte/base</translation>
    </message>
    <message>
        <source>the database name &apos;%1&apos; contains &apos;/&apos;</source>
        <translation>le nom de base «&#xa0;%1&#xa0;» contient «&#xa0;/&#xa0;»</translation>
    </message>
    <message>
        <source>bad percent-escape in the database name</source>
        <translation>encodage % incorrect dans le nom de base</translation>
    </message>
    <message>
        <source>missing &apos;]&apos; after the IPv6 address</source>
        <translation>«&#xa0;]&#xa0;» manquant après l’adresse IPv6</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the IPv6 address</source>
        <translation>«&#xa0;%1&#xa0;» inattendu après l’adresse IPv6</translation>
    </message>
    <message>
        <source>bad IPv6 address &apos;%1&apos;</source>
        <translation>adresse IPv6 «&#xa0;%1&#xa0;» incorrecte</translation>
    </message>
    <message>
        <source>bad host name &apos;%1&apos;: unexpected &apos;%2&apos;</source>
        <translation>nom d’hôte «&#xa0;%1&#xa0;» incorrect&#xa0;: «&#xa0;%2&#xa0;» inattendu</translation>
    </message>
    <message>
        <source>missing host: postgresql://user@host/database</source>
        <translation>hôte manquant&#xa0;: postgresql://utilisateur@hôte/base</translation>
    </message>
    <message>
        <source>missing port number after &apos;:&apos;</source>
        <translation>numéro de port manquant après «&#xa0;:&#xa0;»</translation>
    </message>
    <message>
        <source>port &apos;%1&apos; is not a number</source>
        <translation>le port «&#xa0;%1&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>port %1 is out of range (1–65535)</source>
        <translation>le port %1 est hors limites (1–65535)</translation>
    </message>
    <message>
        <source>empty option between &apos;&amp;&apos;</source>
        <translation>option vide entre deux «&#xa0;&amp;&#xa0;»</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (known: %2)</source>
        <translation>option «&#xa0;%1&#xa0;» inconnue (connues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; has no value</source>
        <translation>l’option «&#xa0;%1&#xa0;» n’a pas de valeur</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; is given twice</source>
        <translation>l’option «&#xa0;%1&#xa0;» est donnée deux fois</translation>
    </message>
    <message>
        <source>bad percent-escape in option &apos;%1&apos;</source>
        <translation>encodage % incorrect dans l’option «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>option &apos;%1&apos; contains &apos;;&apos;</source>
        <translation>l’option «&#xa0;%1&#xa0;» contient «&#xa0;;&#xa0;»</translation>
    </message>
    <message>
        <source>sslmode &apos;%1&apos; is not one of %2</source>
        <translation>sslmode «&#xa0;%1&#xa0;» n’est pas l’une des valeurs %2</translation>
    </message>
    <message>
        <source>connect_timeout &apos;%1&apos; is not a number of seconds (0–3600)</source>
        <translation>connect_timeout «&#xa0;%1&#xa0;» n’est pas un nombre de secondes (0–3600)</translation>
    </message>
</context>
<context>
    <name>DeliverText</name>
    <message>
        <source>Delivers the messages to the clients (email, SMS) as their transmission rules say, retries, escalates what nobody acknowledged, and records acknowledgements. Runs until interrupted unless --once. Run it in one place for the team: two workers never send one delivery twice.</source>
        <translation>Transmet les messages aux clients (e-mail, SMS) selon leurs règles de transmission, réessaie, escalade ce que personne n’a acquitté et enregistre les accusés de réception. Tourne jusqu’à interruption, sauf avec --once. Lancez-le à un seul endroit pour l’équipe&#xa0;: deux instances n’effectuent jamais deux fois le même envoi.</translation>
    </message>
    <message>
        <source>The team&apos;s shared database (postgresql://…); default: RELAIS_SHARED_DB, else --db.</source>
        <translation>La base partagée de l’équipe (postgresql://…)&#xa0;; par défaut&#xa0;: RELAIS_SHARED_DB, sinon --db.</translation>
    </message>
    <message>
        <source>Work until nothing is due, print the totals and exit.</source>
        <translation>Traite jusqu’à ce que plus rien ne soit à faire, affiche les totaux et s’arrête.</translation>
    </message>
    <message>
        <source>Acknowledge the delivery with this code (or delivery id).</source>
        <translation>Acquitte l’envoi qui a ce code (ou cet identifiant d’envoi).</translation>
    </message>
    <message>
        <source>Who acknowledges (with --ack).</source>
        <translation>Qui acquitte (avec --ack).</translation>
    </message>
    <message>
        <source>How it was acknowledged: operator (a phone confirmation, the default) or code.</source>
        <translation>Comment l’envoi a été acquitté&#xa0;: operator (confirmation par téléphone, par défaut) ou code.</translation>
    </message>
    <message>
        <source>Print the deliveries waiting, failed or unacknowledged past their deadline, and exit.</source>
        <translation>Affiche les envois en attente, en échec ou non acquittés après leur échéance, et s’arrête.</translation>
    </message>
    <message>
        <source>The delivery settings file (SMTP server, SMS gateway).</source>
        <translation>Le fichier de réglages des envois (serveur SMTP, passerelle SMS).</translation>
    </message>
    <message>
        <source>The supervisor escalations end with.</source>
        <translation>Le superviseur à qui aboutissent les escalades.</translation>
    </message>
    <message>
        <source>The supervisor&apos;s email address.</source>
        <translation>L’adresse e-mail du superviseur.</translation>
    </message>
    <message>
        <source>The supervisor&apos;s mobile number (E.164).</source>
        <translation>Le numéro de mobile du superviseur (E.164).</translation>
    </message>
    <message>
        <source>The acknowledgement link put in messages, {code} replaced by the code.</source>
        <translation>Le lien d’accusé de réception mis dans les messages, {code} étant remplacé par le code.</translation>
    </message>
    <message>
        <source>Seconds between rounds (default 10).</source>
        <translation>Secondes entre deux passes (10 par défaut).</translation>
    </message>
    <message>
        <source>Plan the saved messages created since this UTC date or time (2026-11-23 or 2026-11-23T08:00:00Z); default: a day before the first message ever queued, or a day before now on the first start.</source>
        <translation>Planifie l’envoi des messages enregistrés créés depuis cette date ou heure UTC (2026-11-23 ou 2026-11-23T08:00:00Z)&#xa0;; par défaut&#xa0;: un jour avant le tout premier message mis en file, ou un jour avant maintenant au premier démarrage.</translation>
    </message>
    <message>
        <source>Serve the acknowledgement links and the SMS gateway&apos;s callbacks on this address and port (127.0.0.1:8480), behind the service&apos;s HTTPS proxy.</source>
        <translation>Servir les liens d’acquittement et les rappels de la passerelle SMS à cette adresse et ce port (127.0.0.1:8480), derrière le proxy HTTPS du service.</translation>
    </message>
</context>
<context>
    <name>DeliveryClaimText</name>
    <message>
        <source>read delivery %1</source>
        <translation>lire l’envoi %1</translation>
    </message>
    <message>
        <source>delivery %1 does not exist</source>
        <translation>l’envoi %1 n’existe pas</translation>
    </message>
    <message>
        <source>delivery %1 is no longer held by %2 (now %3, %4): its result is not recorded</source>
        <translation>l’envoi %1 n’est plus détenu par %2 (désormais %3, %4)&#xa0;: son résultat n’est pas enregistré</translation>
    </message>
    <message>
        <source>a delivery worker needs a name to hold a lease</source>
        <translation>un processus d’envoi a besoin d’un nom pour détenir un bail</translation>
    </message>
    <message>
        <source>pick due deliveries</source>
        <translation>choisir les envois à faire</translation>
    </message>
    <message>
        <source>the sender stopped mid-send %1 times</source>
        <translation>l’expéditeur s’est arrêté en plein envoi %1 fois</translation>
    </message>
    <message>
        <source>fail delivery %1</source>
        <translation>passer l’envoi %1 en échec</translation>
    </message>
    <message>
        <source>claim delivery %1</source>
        <translation>prendre en charge l’envoi %1</translation>
    </message>
    <message>
        <source>the lease of %1 expired: sent again</source>
        <translation>le bail de %1 a expiré&#xa0;: nouvel envoi</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>tentative %1</translation>
    </message>
    <message>
        <source>delivery %1 has no stored message</source>
        <translation>l’envoi %1 n’a pas de message enregistré</translation>
    </message>
    <message>
        <source>record delivery %1 as sent</source>
        <translation>noter l’envoi %1 comme effectué</translation>
    </message>
    <message>
        <source>%1 (gave up after %2 attempts)</source>
        <translation>%1 (abandon après %2 tentatives)</translation>
    </message>
    <message>
        <source>%1 (attempt %2; next at %3)</source>
        <translation>%1 (tentative %2&#xa0;; prochaine à %3)</translation>
    </message>
    <message>
        <source>record the failure of delivery %1</source>
        <translation>noter l’échec de l’envoi %1</translation>
    </message>
</context>
<context>
    <name>DeliveryEscalationText</name>
    <message>
        <source>find unacknowledged deliveries</source>
        <translation>chercher les envois non acquittés</translation>
    </message>
    <message>
        <source>escalation of %1</source>
        <translation>escalade de %1</translation>
    </message>
    <message>
        <source>not acknowledged by %1: escalated to %2 &lt;%3&gt; (step %4)</source>
        <translation>non acquitté par %1&#xa0;: escaladé à %2 &lt;%3&gt; (étape %4)</translation>
    </message>
    <message>
        <source>not acknowledged by %1: nobody left to escalate to</source>
        <translation>non acquitté par %1&#xa0;: plus personne à qui escalader</translation>
    </message>
    <message>
        <source>mark delivery %1 escalated</source>
        <translation>marquer l’envoi %1 comme escaladé</translation>
    </message>
</context>
<context>
    <name>DeliveryFollowUpText</name>
    <message>
        <source>read the deliveries to follow up</source>
        <translation>lire les envois à suivre</translation>
    </message>
    <message>
        <source>unknown caller</source>
        <translation>appelant inconnu</translation>
    </message>
    <message>
        <source>Email to %1 (%2), message of %3</source>
        <translation>E-mail à %1 (%2), message de %3</translation>
    </message>
    <message>
        <source>SMS to %1 (%2), message of %3</source>
        <translation>SMS à %1 (%2), message de %3</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1&#xa0;: échec&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not acknowledged since %2 (code %3)</source>
        <translation>%1&#xa0;: non acquitté depuis le %2 (code %3)</translation>
    </message>
    <message>
        <source>, escalated at %1</source>
        <translation>, escaladé le %1</translation>
    </message>
    <message>
        <source>%1: waiting, due %2</source>
        <translation>%1&#xa0;: en attente, prévu le %2</translation>
    </message>
    <message>
        <source>%1: attempt %2 failed (%3), next try %4</source>
        <translation>%1&#xa0;: tentative %2 échouée (%3), nouvel essai le %4</translation>
    </message>
    <message>
        <source>Message of %1 not planned: %2</source>
        <translation>Envoi du message de %1 non planifié&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DeliveryIdText</name>
    <message>
        <source>&apos;%1&apos; is not a character of an acknowledgement code</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un caractère possible d’un code d’accusé de réception</translation>
    </message>
    <message>
        <source>acknowledgement code</source>
        <translation>code d’accusé de réception</translation>
    </message>
    <message>
        <source>an acknowledgement code has %1 letters or digits (like K7Q2-M9XD); this one is longer</source>
        <translation>un code d’accusé de réception compte %1 lettres ou chiffres (comme K7Q2-M9XD)&#xa0;; celui-ci est plus long</translation>
    </message>
    <message>
        <source>an acknowledgement code has %1 letters or digits (like K7Q2-M9XD); this one has %2</source>
        <translation>un code d’accusé de réception compte %1 lettres ou chiffres (comme K7Q2-M9XD)&#xa0;; celui-ci en compte %2</translation>
    </message>
</context>
<context>
    <name>DeliveryInboxText</name>
    <message>
        <source>acknowledgement</source>
        <translation>acquittement</translation>
    </message>
    <message>
        <source>no message has the code %1</source>
        <translation>aucun message n’a le code %1</translation>
    </message>
    <message>
        <source>the reply gives no sender number</source>
        <translation>la réponse ne donne pas le numéro de l’expéditeur</translation>
    </message>
    <message>
        <source>the reply from %1 is %2 characters long: not a reply to a message</source>
        <translation>la réponse de %1 fait %2 caractères : ce n’est pas une réponse à un message</translation>
    </message>
    <message>
        <source>the reply from %1 holds no acknowledgement code</source>
        <translation>la réponse de %1 ne contient aucun code d’acquittement</translation>
    </message>
    <message>
        <source>the code in the reply from %1 is for a message not sent to that number</source>
        <translation>le code de la réponse de %1 est celui d’un message qui n’a pas été envoyé à ce numéro</translation>
    </message>
    <message>
        <source>no message has the code in the reply from %1</source>
        <translation>aucun message n’a le code de la réponse de %1</translation>
    </message>
    <message>
        <source>the receipt names no delivery</source>
        <translation>l’accusé de réception ne nomme aucun envoi</translation>
    </message>
    <message>
        <source>delivery receipt</source>
        <translation>accusé de réception</translation>
    </message>
    <message>
        <source>no delivery has the id %1</source>
        <translation>aucun envoi n’a l’identifiant %1</translation>
    </message>
</context>
<context>
    <name>DeliveryPlanText</name>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>message %1 is a draft: nothing is sent before it is saved</source>
        <translation>le message %1 est un brouillon&#xa0;: rien n’est envoyé avant son enregistrement</translation>
    </message>
    <message>
        <source>a digest rule for level &apos;%1&apos; has no digest time: sent at once</source>
        <translation>une règle de récapitulatif du niveau «&#xa0;%1&#xa0;» n’a pas d’heure de récapitulatif&#xa0;: envoi immédiat</translation>
    </message>
    <message>
        <source>nobody is on call at %1 (client time): the rule for level &apos;%2&apos; cannot reach the on-call person</source>
        <translation>personne n’est d’astreinte à %1 (heure du client)&#xa0;: la règle du niveau «&#xa0;%2&#xa0;» ne peut pas joindre la personne d’astreinte</translation>
    </message>
    <message>
        <source>recipient &apos;%1&apos; is not in the client&apos;s directory</source>
        <translation>le destinataire «&#xa0;%1&#xa0;» n’est pas dans l’annuaire du client</translation>
    </message>
    <message>
        <source>%1 has no email address: no email sent to them</source>
        <translation>%1 n’a pas d’adresse e-mail&#xa0;: aucun e-mail ne lui est envoyé</translation>
    </message>
    <message>
        <source>%1 has no mobile number: no SMS sent to them</source>
        <translation>%1 n’a pas de numéro de mobile&#xa0;: aucun SMS ne lui est envoyé</translation>
    </message>
    <message>
        <source>no transmission rule of %1 covers level &apos;%2&apos; for this call: the message is not sent to the client</source>
        <translation>aucune règle de transmission de %1 ne couvre le niveau «&#xa0;%2&#xa0;» pour cet appel&#xa0;: le message n’est pas transmis au client</translation>
    </message>
    <message>
        <source>%1 is next in the on-call rota but has no %2 address: skipped for escalation</source>
        <translation>%1 est le suivant dans le planning d’astreinte mais n’a pas d’adresse %2&#xa0;: ignoré pour l’escalade</translation>
    </message>
</context>
<context>
    <name>DeliveryReceiptText</name>
    <message>
        <source>find the delivery with code %1</source>
        <translation>trouver l’envoi de code %1</translation>
    </message>
    <message>
        <source>gateway receipt: %1</source>
        <translation>accusé de la passerelle : %1</translation>
    </message>
    <message>
        <source>read delivery %1</source>
        <translation>lire l’envoi %1</translation>
    </message>
    <message>
        <source>no delivery has the id %1</source>
        <translation>aucun envoi n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>delivery receipt</source>
        <translation>accusé de réception</translation>
    </message>
    <message>
        <source>record the receipt of delivery %1</source>
        <translation>enregistrer l’accusé de réception de l’envoi %1</translation>
    </message>
</context>
<context>
    <name>DeliveryRepoText</name>
    <message>
        <source>queue delivery %1</source>
        <translation>mettre en file l’envoi %1</translation>
    </message>
    <message>
        <source>%1 to %2 &lt;%3&gt;, step %4, due %5</source>
        <translation>%1 à %2 &lt;%3&gt;, étape %4, échéance %5</translation>
    </message>
    <message>
        <source>a message without an id cannot be queued</source>
        <translation>un message sans identifiant ne peut pas être mis en file</translation>
    </message>
    <message>
        <source>store message %1 for delivery</source>
        <translation>conserver le message %1 pour l’envoi</translation>
    </message>
    <message>
        <source>read delivery %1</source>
        <translation>lire l’envoi %1</translation>
    </message>
    <message>
        <source>read the deliveries of message %1</source>
        <translation>lire les envois du message %1</translation>
    </message>
    <message>
        <source>read the log of delivery %1</source>
        <translation>lire le journal de l’envoi %1</translation>
    </message>
    <message>
        <source>count deliveries</source>
        <translation>compter les envois</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translation>accusé de réception</translation>
    </message>
    <message>
        <source>say who acknowledges (a login, or the recipient&apos;s name)</source>
        <translation>indiquez qui acquitte (un identifiant, ou le nom du destinataire)</translation>
    </message>
    <message>
        <source>find the delivery to acknowledge</source>
        <translation>trouver l’envoi à acquitter</translation>
    </message>
    <message>
        <source>no delivery has the id %1</source>
        <translation>aucun envoi n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>no delivery has the code %1</source>
        <translation>aucun envoi n’a le code %1</translation>
    </message>
    <message>
        <source>acknowledge delivery %1</source>
        <translation>noter l’accusé de réception de l’envoi %1</translation>
    </message>
    <message>
        <source>acknowledged by %1 (%2)</source>
        <translation>acquitté par %1 (%2)</translation>
    </message>
    <message>
        <source>a message without an id cannot be recorded</source>
        <translation>un message sans identifiant ne peut pas être enregistré</translation>
    </message>
    <message>
        <source>look for message %1</source>
        <translation>chercher le message %1</translation>
    </message>
    <message>
        <source>record that message %1 was not planned</source>
        <translation>noter que le message %1 n’a pas été planifié</translation>
    </message>
    <message>
        <source>not planned: %1</source>
        <translation>non planifié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DeliveryStoreText</name>
    <message>
        <source>cannot %1: %2</source>
        <translation>impossible de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>write the delivery log</source>
        <translation>noter dans le journal des envois</translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation>impossible de valider&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DeliverySweepText</name>
    <message>
        <source>read when delivery started</source>
        <translation>lire la date de début des envois</translation>
    </message>
    <message>
        <source>find the messages not planned yet</source>
        <translation>trouver les messages pas encore planifiés</translation>
    </message>
    <message>
        <source>find the consignes of client %1</source>
        <translation>trouver les consignes du client %1</translation>
    </message>
    <message>
        <source>unknown client &apos;%1&apos;: nobody to deliver to</source>
        <translation>client «&#xa0;%1&#xa0;» inconnu&#xa0;: personne à qui transmettre</translation>
    </message>
    <message>
        <source>the consignes of client %1 (version %2) cannot be read: %3</source>
        <translation>impossible de lire les consignes du client %1 (version %2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>DialingRulesText</name>
    <message>
        <source>must be a string of digits, not %1</source>
        <translation>doit être une chaîne de chiffres, pas %1</translation>
    </message>
    <message>
        <source>must be %1 to %2 digits, not &quot;%3&quot;</source>
        <translation>doit compter de %1 à %2 chiffres, pas «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>must be a list of number prefixes such as [&quot;+3389&quot;, &quot;08 99&quot;], not %1</source>
        <translation>doit être une liste de préfixes de numéros comme [&quot;+3389&quot;, &quot;08 99&quot;], pas %1</translation>
    </message>
    <message>
        <source>holds %1 prefixes, at most %2</source>
        <translation>contient %1 préfixes, %2 au plus</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne, pas %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number prefix: write it as +33 8 9 or 08 9</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un préfixe de numéro&#xa0;: écrivez-le +33 8 9 ou 08 9</translation>
    </message>
    <message>
        <source>the dialing rules are %1 bytes, at most %2</source>
        <translation>les règles de numérotation font %1 octets, %2 au plus</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON invalide à l’octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the dialing rules must be a JSON object {…}</source>
        <translation>les règles de numérotation doivent être un objet JSON {…}</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (known: %2)</source>
        <translation>clé «&#xa0;%1&#xa0;» inconnue (connues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>must be &quot;national&quot;, &quot;international&quot; or &quot;e164&quot;, not %1</source>
        <translation>doit être «&#xa0;national&#xa0;», «&#xa0;international&#xa0;» ou «&#xa0;e164&#xa0;», pas %1</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>doit être true ou false, pas %1</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 8, not %1</source>
        <translation>doit être un nombre entier de 0 à 8, pas %1</translation>
    </message>
    <message>
        <source>&quot;trunkPrefix&quot; and &quot;internationalPrefix&quot; cannot be the same</source>
        <translation>«&#xa0;trunkPrefix&#xa0;» et «&#xa0;internationalPrefix&#xa0;» ne peuvent pas être identiques</translation>
    </message>
    <message>
        <source>&quot;outsideLinePrefix&quot; cannot go before an E.164 number (&quot;format&quot;: &quot;e164&quot;): use &quot;national&quot; or &quot;international&quot;</source>
        <translation>«&#xa0;outsideLinePrefix&#xa0;» ne peut pas précéder un numéro E.164 (&quot;format&quot;: &quot;e164&quot;)&#xa0;: utilisez «&#xa0;national&#xa0;» ou «&#xa0;international&#xa0;»</translation>
    </message>
    <message>
        <source>cannot dial &quot;%1&quot;: %2</source>
        <translation>impossible de composer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>no number</source>
        <translation>aucun numéro</translation>
    </message>
    <message>
        <source>a number is at most %1 characters</source>
        <translation>un numéro compte au plus %1 caractères</translation>
    </message>
    <message>
        <source>a number is digits, * or #, with an optional leading +</source>
        <translation>un numéro se compose de chiffres, * ou #, avec un + initial facultatif</translation>
    </message>
    <message>
        <source>emergency numbers are never dialed from the console</source>
        <translation>les numéros d’urgence ne sont jamais composés depuis la console</translation>
    </message>
    <message>
        <source>only an internal extension may hold * or #</source>
        <translation>seul un poste interne peut contenir * ou #</translation>
    </message>
    <message>
        <source>not a complete number: write it +33 6 12 34 56 78 or 06 12 34 56 78</source>
        <translation>numéro incomplet&#xa0;: écrivez-le +33 6 12 34 56 78 ou 06 12 34 56 78</translation>
    </message>
    <message>
        <source>premium-rate or refused number (%1 in the dialing rules)</source>
        <translation>numéro surtaxé ou refusé (%1 dans les règles de numérotation)</translation>
    </message>
    <message>
        <source>not among the numbers the dialing rules allow (%1)</source>
        <translation>ne fait pas partie des numéros autorisés par les règles de numérotation (%1)</translation>
    </message>
    <message>
        <source>international numbers are not allowed by the dialing rules</source>
        <translation>les numéros internationaux ne sont pas autorisés par les règles de numérotation</translation>
    </message>
</context>
<context>
    <name>EditorFields</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (inconnu)</translation>
    </message>
</context>
<context>
    <name>EditorFileDialogs</name>
    <message>
        <source>Consignes (*.json)</source>
        <translation>Consignes (*.json)</translation>
    </message>
    <message>
        <source>Import consignes</source>
        <translation>Importer des consignes</translation>
    </message>
    <message>
        <source>Export consignes</source>
        <translation>Exporter des consignes</translation>
    </message>
</context>
<context>
    <name>EditorImportExport</name>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported %1 clients: %2 new versions, %3 unchanged</source>
        <translation>%1 clients importés&#xa0;: %2 nouvelles versions, %3 inchangés</translation>
    </message>
</context>
<context>
    <name>EditorUnsaved</name>
    <message>
        <source>Unsaved consignes</source>
        <translation>Consignes non enregistrées</translation>
    </message>
    <message>
        <source>The consignes of %1 have unsaved changes.</source>
        <translation>Les consignes de %1 ont des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them as a new version, discard them, or cancel and keep editing?</source>
        <translation>Les enregistrer comme nouvelle version, les abandonner, ou annuler et continuer la saisie&#xa0;?</translation>
    </message>
</context>
<context>
    <name>GuardedMessages</name>
    <message>
        <source>there is no message %1</source>
        <translation>il n’y a pas de message %1</translation>
    </message>
</context>
<context>
    <name>ImportProgressText</name>
    <message>
        <source>Import stopped: %1 of %2 files imported, %3 clients with a new version</source>
        <translation>Import arrêté&#xa0;: %1 fichiers importés sur %2, %3 clients avec une nouvelle version</translation>
    </message>
    <message>
        <source>%1 of %2 files imported, %3 clients with a new version</source>
        <translation>%1 fichiers importés sur %2, %3 clients avec une nouvelle version</translation>
    </message>
    <message>
        <source>Importing consignes…</source>
        <translation>Import des consignes…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Import consignes</source>
        <translation>Importer des consignes</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>Import de %1 (%2 sur %3)…</translation>
    </message>
</context>
<context>
    <name>InboxText</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>the request body is %1 bytes, more than %2</source>
        <translation>le corps de la requête fait %1 octets, plus que %2</translation>
    </message>
    <message>
        <source>the SMS gateway callbacks are off: no inbox token is set</source>
        <translation>les rappels de la passerelle SMS sont désactivés : aucun jeton n’est défini</translation>
    </message>
    <message>
        <source>wrong or missing token</source>
        <translation>jeton erroné ou absent</translation>
    </message>
    <message>
        <source>nothing here: %1 %2</source>
        <translation>rien ici : %1 %2</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Code inconnu</translation>
    </message>
    <message>
        <source>Already confirmed</source>
        <translation>Déjà confirmé</translation>
    </message>
    <message>
        <source>Message %1 was confirmed by %2 on %3.</source>
        <translation>Le message %1 a été confirmé par %2 le %3.</translation>
    </message>
    <message>
        <source>Confirm you received the message</source>
        <translation>Confirmez la réception du message</translation>
    </message>
    <message>
        <source>Message %1 for %2. Confirm you have read it, so the answering service stops looking for someone else to reach.</source>
        <translation>Message %1 pour %2. Confirmez que vous l’avez lu : la permanence cessera de chercher quelqu’un d’autre à prévenir.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <source>Message %1 is confirmed (by %2 on %3).</source>
        <translation>Le message %1 est confirmé (par %2 le %3).</translation>
    </message>
    <message>
        <source>acknowledged %1</source>
        <translation>%1 acquitté</translation>
    </message>
    <message>
        <source>the receipt gives no status</source>
        <translation>l’accusé de réception ne donne aucun statut</translation>
    </message>
</context>
<context>
    <name>JsonReaderText</name>
    <message>
        <source>no JSON value: the text is empty</source>
        <translation>aucune valeur JSON&#xa0;: le texte est vide</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the JSON value</source>
        <translation>%1 inattendu après la fin de la valeur JSON</translation>
    </message>
    <message>
        <source>end of input (the file looks truncated)</source>
        <translation>fin du texte (le fichier semble tronqué)</translation>
    </message>
    <message>
        <source>character</source>
        <translation>caractère</translation>
    </message>
    <message>
        <source>expected a value; found %1</source>
        <translation>attendu une valeur&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <source>expected a key in double quotes; found %1</source>
        <translation>attendu une clé entre guillemets droits&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>clé «&#xa0;%1&#xa0;» en double</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a key; found %1</source>
        <translation>attendu «&#xa0;:&#xa0;» après une clé&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object; found %1</source>
        <translation>attendu «&#xa0;,&#xa0;» ou «&#xa0;}&#xa0;» dans un objet&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array; found %1</source>
        <translation>attendu «&#xa0;,&#xa0;» ou «&#xa0;]&#xa0;» dans un tableau&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>control character in a string (write it as an escape like \n)</source>
        <translation>caractère de contrôle dans une chaîne (écrivez-le en échappement, comme \n)</translation>
    </message>
    <message>
        <source>bad \u escape: expected 4 hexadecimal digits</source>
        <translation>échappement \u incorrect&#xa0;: attendu 4 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>bad \u escape: a lone low surrogate</source>
        <translation>échappement \u incorrect&#xa0;: demi-code bas isolé</translation>
    </message>
    <message>
        <source>bad \u escape: a high surrogate without its low half</source>
        <translation>échappement \u incorrect&#xa0;: demi-code haut sans sa moitié basse</translation>
    </message>
    <message>
        <source>unknown escape in a string</source>
        <translation>échappement inconnu dans une chaîne</translation>
    </message>
    <message>
        <source>unterminated string (the file looks truncated)</source>
        <translation>chaîne non terminée (le fichier semble tronqué)</translation>
    </message>
    <message>
        <source>expected digits after the decimal point</source>
        <translation>attendu des chiffres après la virgule</translation>
    </message>
    <message>
        <source>expected digits in the exponent</source>
        <translation>attendu des chiffres dans l’exposant</translation>
    </message>
</context>
<context>
    <name>KpiCalculatorText</name>
    <message>
        <source>cannot compute the figures (%1): %2</source>
        <translation>impossible de calculer les chiffres (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>time zones</source>
        <translation>fuseaux horaires</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>comptages</translation>
    </message>
    <message>
        <source>time to answer</source>
        <translation>délai de décroché</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>volume by hour</source>
        <translation>volume par heure</translation>
    </message>
</context>
<context>
    <name>KpiExportText</name>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Présentés</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondus</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Non répondus</translation>
    </message>
    <message>
        <source>Answer %</source>
        <translation>Réponse %</translation>
    </message>
    <message>
        <source>Avg answer s</source>
        <translation>Décroché moyen s</translation>
    </message>
    <message>
        <source>P90 answer s</source>
        <translation>Décroché P90 s</translation>
    </message>
    <message>
        <source>Avg handling s</source>
        <translation>Traitement moyen s</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Filtered</source>
        <translation>Filtrés</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplets</translation>
    </message>
    <message>
        <source>Qualified %</source>
        <translation>Qualifiés %</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opératrice</translation>
    </message>
    <message>
        <source>Calls by hour (offered / answered):</source>
        <translation>Appels par heure (présentés / répondus)&#xa0;:</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Jour</translation>
    </message>
</context>
<context>
    <name>LastSeenRepositoryText</name>
    <message>
        <source>cannot read the last seen consignes of %1: %2</source>
        <translation>impossible de lire les dernières consignes vues de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot record the consignes version seen for %1: %2</source>
        <translation>impossible d’enregistrer la version des consignes vue pour %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>LayoutText</name>
    <message>
        <source>Unknown caller</source>
        <translation>Appelant inconnu</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Message de %1</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Client&#xa0;: %1</translation>
    </message>
    <message>
        <source>Urgency: %1</source>
        <translation>Urgence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>Appelant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Call back: %1</source>
        <translation>À rappeler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The caller hung up before every question was asked.</source>
        <translation>L’appelant a raccroché avant que toutes les questions soient posées.</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message&#xa0;:</translation>
    </message>
    <message>
        <source>Acknowledge receipt: %1</source>
        <translation>Accuser réception&#xa0;: %1</translation>
    </message>
    <message>
        <source>Acknowledgement code: %1</source>
        <translation>Code d’accusé de réception&#xa0;: %1</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>À rappeler</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Acknowledge receipt</source>
        <translation>Accuser réception</translation>
    </message>
</context>
<context>
    <name>MessageRepositoryText</name>
    <message>
        <source>a message needs an id</source>
        <translation>un message a besoin d’un identifiant</translation>
    </message>
    <message>
        <source>cannot save message %1: %2</source>
        <translation>impossible d’enregistrer le message %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the recent messages: %1</source>
        <translation>impossible de lire les messages récents&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the unfinished drafts: %1</source>
        <translation>impossible de lire les brouillons inachevés&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read message %1: %2</source>
        <translation>impossible de lire le message %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>an amendment needs the operator&apos;s login</source>
        <translation>une correction a besoin de l’identifiant de l’opératrice</translation>
    </message>
    <message>
        <source>there is no message %1 to amend</source>
        <translation>il n’y a pas de message %1 à corriger</translation>
    </message>
    <message>
        <source>message %1 is still a draft: only a completed message can be amended</source>
        <translation>le message %1 est encore un brouillon&#xa0;: seul un message terminé peut être corrigé</translation>
    </message>
    <message>
        <source>message %1 changed meanwhile (now revision %2, the amendment was made on revision %3): reopen it and amend again</source>
        <translation>le message %1 a changé entre-temps (révision %2 à présent, la correction portait sur la révision %3)&#xa0;: rouvrez-le et corrigez-le à nouveau</translation>
    </message>
    <message>
        <source>cannot keep the previous version of message %1: %2</source>
        <translation>impossible de conserver la version précédente du message %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot amend message %1: %2</source>
        <translation>impossible de corriger le message %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the amendments of message %1: %2</source>
        <translation>impossible de lire les corrections du message %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the messages to export: %1</source>
        <translation>impossible de lire les messages à exporter&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot count the messages: %1</source>
        <translation>impossible de compter les messages&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MessageSearchText</name>
    <message>
        <source>cannot search the messages: %1</source>
        <translation>impossible de rechercher les messages&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MessageStatus</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acquitté</translation>
    </message>
</context>
<context>
    <name>MigrationRunnerText</name>
    <message>
        <source>&apos;%1&apos; is not a migration name: expected NNNN_words.sql</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de migration&#xa0;: attendu NNNN_mots.sql</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>two migrations are numbered %1: %2 and %3</source>
        <translation>deux migrations portent le numéro %1&#xa0;: %2 et %3</translation>
    </message>
    <message>
        <source>migration %1 is missing (found %2)</source>
        <translation>la migration %1 manque (trouvé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>no migration found</source>
        <translation>aucune migration trouvée</translation>
    </message>
    <message>
        <source>unknown placeholder {{%1}} (known: {{id}}, {{blob}})</source>
        <translation>marqueur {{%1}} inconnu (connus&#xa0;: {{id}}, {{blob}})</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>impossible de lire la version du schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>the database schema is version %1, newer than this Relais knows (%2): upgrade Relais before using this database</source>
        <translation>le schéma de la base est en version %1, plus récente que celle que connaît ce Relais (%2)&#xa0;: mettez Relais à jour avant d’utiliser cette base</translation>
    </message>
    <message>
        <source>migration %1 failed, the schema stays at version %2: %3</source>
        <translation>la migration %1 a échoué, le schéma reste en version %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>statement %1 (%2): %3</source>
        <translation>instruction %1 (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDocument</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Rapport mensuel</translation>
    </message>
    <message>
        <source>%1, from %2 to %3 (times in %4)</source>
        <translation>%1, du %2 au %3 (heures du fuseau %4)</translation>
    </message>
    <message>
        <source>No call was recorded for this client this month.</source>
        <translation>Aucun appel n’a été enregistré pour ce client ce mois-ci.</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Calls offered</source>
        <translation>Appels présentés</translation>
    </message>
    <message>
        <source>Calls answered</source>
        <translation>Appels répondus</translation>
    </message>
    <message>
        <source>Calls missed</source>
        <translation>Appels non répondus</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>Average time to answer</source>
        <translation>Délai de décroché moyen</translation>
    </message>
    <message>
        <source>Average handling time</source>
        <translation>Durée de traitement moyenne</translation>
    </message>
    <message>
        <source>Qualification rate (messages per answered call)</source>
        <translation>Taux de qualification (messages par appel répondu)</translation>
    </message>
    <message>
        <source>Messages taken</source>
        <translation>Messages pris</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Appointment requests</source>
        <translation>Demandes de rendez-vous</translation>
    </message>
    <message>
        <source>Actions taken (all kinds)</source>
        <translation>Actions menées (tous types)</translation>
    </message>
    <message>
        <source>Messages by urgency</source>
        <translation>Messages par urgence</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Calls offered by day</source>
        <translation>Appels présentés par jour</translation>
    </message>
    <message>
        <source>Calls offered by hour</source>
        <translation>Appels présentés par heure</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1h</translation>
    </message>
    <message>
        <source>Messages (%1)</source>
        <translation>Messages (%1)</translation>
    </message>
    <message>
        <source>No message this month.</source>
        <translation>Aucun message ce mois-ci.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>[incomplete] %1</source>
        <translation>[incomplet] %1</translation>
    </message>
</context>
<context>
    <name>MonthlyReportPdf</name>
    <message>
        <source>cannot write the report: %1</source>
        <translation>impossible d’écrire le rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>Monthly report — %1 — %2</source>
        <translation>Rapport mensuel — %1 — %2</translation>
    </message>
    <message>
        <source>cannot start drawing the PDF</source>
        <translation>impossible de commencer à dessiner le PDF</translation>
    </message>
    <message>
        <source>the report was cancelled</source>
        <translation>le rapport a été annulé</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation>impossible de terminer le PDF</translation>
    </message>
</context>
<context>
    <name>MonthlyReportText</name>
    <message>
        <source>cannot build the monthly report (%1): %2</source>
        <translation>impossible de construire le rapport mensuel (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>no valid month given</source>
        <translation>aucun mois valide indiqué</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>no client has the code &apos;%1&apos;</source>
        <translation>aucun client n’a le code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>calls by day</source>
        <translation>appels par jour</translation>
    </message>
    <message>
        <source>messages of other months</source>
        <translation>messages des autres mois</translation>
    </message>
    <message>
        <source>messages of the calls</source>
        <translation>messages des appels</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>%1 (%2) may not %3</source>
        <translation>%1 (%2) n’a pas le droit de %3</translation>
    </message>
</context>
<context>
    <name>PhoneNumbersText</name>
    <message>
        <source>empty number</source>
        <translation>numéro vide</translation>
    </message>
    <message>
        <source>not a phone number: too long (%1 characters)</source>
        <translation>pas un numéro de téléphone&#xa0;: trop long (%1 caractères)</translation>
    </message>
    <message>
        <source>not a phone number: contains letters</source>
        <translation>pas un numéro de téléphone&#xa0;: contient des lettres</translation>
    </message>
    <message>
        <source>not a phone number: unexpected character at position %1</source>
        <translation>pas un numéro de téléphone&#xa0;: caractère inattendu en position %1</translation>
    </message>
    <message>
        <source>not a phone number: no digits</source>
        <translation>pas un numéro de téléphone&#xa0;: aucun chiffre</translation>
    </message>
    <message>
        <source>not a phone number: unknown country code</source>
        <translation>pas un numéro de téléphone&#xa0;: indicatif de pays inconnu</translation>
    </message>
    <message>
        <source>too short for %1</source>
        <translation>trop court pour %1</translation>
    </message>
    <message>
        <source>too long for %1</source>
        <translation>trop long pour %1</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>wrong number of digits for %1</source>
        <translation>mauvais nombre de chiffres pour %1</translation>
    </message>
    <message>
        <source>not a valid number in %1</source>
        <translation>pas un numéro valide pour %1</translation>
    </message>
</context>
<context>
    <name>RetentionPurgeText</name>
    <message>
        <source>cannot count the messages past retention: %1</source>
        <translation>impossible de compter les messages dont la conservation est échue&#xa0;: %1</translation>
    </message>
    <message>
        <source>the purge failed, nothing was deleted: %1</source>
        <translation>la purge a échoué, rien n’a été supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 messages were counted but %2 deleted</source>
        <translation>%1 messages ont été comptés mais %2 supprimés</translation>
    </message>
</context>
<context>
    <name>ReviewQueueText</name>
    <message>
        <source>cannot read the client&apos;s time zone: %1</source>
        <translation>impossible de lire le fuseau horaire du client&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot queue message %1 for review: %2</source>
        <translation>impossible de mettre le message %1 en file d’évaluation&#xa0;: %2</translation>
    </message>
    <message>
        <source>the sample needs a first and a last day, in order</source>
        <translation>l’échantillon a besoin d’un premier et d’un dernier jour, dans l’ordre</translation>
    </message>
    <message>
        <source>cannot save the review sample: %1</source>
        <translation>impossible d’enregistrer l’échantillon d’évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot flag the message: %1</source>
        <translation>impossible de signaler le message&#xa0;: %1</translation>
    </message>
    <message>
        <source>no message %1 to flag</source>
        <translation>pas de message %1 à signaler</translation>
    </message>
    <message>
        <source>cannot read the review queue: %1</source>
        <translation>impossible de lire la file d’évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot save the review: %1</source>
        <translation>impossible d’enregistrer l’évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <source>message %1 is not in the review queue</source>
        <translation>le message %1 n’est pas dans la file d’évaluation</translation>
    </message>
    <message>
        <source>cannot note the comment as seen: %1</source>
        <translation>impossible de noter le commentaire comme lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReviewRubricText</name>
    <message>
        <source>Greeting</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>The client&apos;s greeting said as scripted</source>
        <translation>L’accueil du client dit comme prévu au script</translation>
    </message>
    <message>
        <source>Tone and courtesy</source>
        <translation>Ton et courtoisie</translation>
    </message>
    <message>
        <source>Polite, calm, the caller felt heard</source>
        <translation>Poli, calme, l’appelant s’est senti écouté</translation>
    </message>
    <message>
        <source>Faithful and clear</source>
        <translation>Fidèle et clair</translation>
    </message>
    <message>
        <source>The message says what the caller said, and a reader understands it at once</source>
        <translation>Le message dit ce qu’a dit l’appelant, et se comprend à la première lecture</translation>
    </message>
    <message>
        <source>Names and spelling</source>
        <translation>Noms et orthographe</translation>
    </message>
    <message>
        <source>Names spelt right, no typing errors</source>
        <translation>Noms bien orthographiés, pas de faute de frappe</translation>
    </message>
    <message>
        <source>Consignes followed</source>
        <translation>Consignes respectées</translation>
    </message>
    <message>
        <source>Questions asked, urgency and filtering rules applied, nothing from the never-say list</source>
        <translation>Questions posées, règles d’urgence et de filtrage appliquées, rien de la liste «&#xa0;à ne jamais dire&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a criterion of the rubric</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un critère de la grille</translation>
    </message>
    <message>
        <source>rubric</source>
        <translation>grille</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not scored</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas noté</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is scored %2, outside 0 to %3</source>
        <translation>«&#xa0;%1&#xa0;» est noté %2, hors de l’intervalle 0 à %3</translation>
    </message>
</context>
<context>
    <name>RulesWords</name>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the caller mentions %1</source>
        <translation>l’appelant parle de %1</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <source>the caller is %1</source>
        <translation>l’appelant est %1</translation>
    </message>
    <message>
        <source>during opening hours</source>
        <translation>pendant les heures d’ouverture</translation>
    </message>
    <message>
        <source>outside opening hours</source>
        <translation>en dehors des heures d’ouverture</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>put through to %1</source>
        <translation>transférer à %1</translation>
    </message>
    <message>
        <source>put through to %1 (%2)</source>
        <translation>transférer à %1 (%2)</translation>
    </message>
    <message>
        <source>page the on-call person</source>
        <translation>prévenir la personne d’astreinte</translation>
    </message>
    <message>
        <source>page the on-call person (%1)</source>
        <translation>prévenir la personne d’astreinte (%1)</translation>
    </message>
    <message>
        <source>page the on-call person (%1, %2)</source>
        <translation>prévenir la personne d’astreinte (%1, %2)</translation>
    </message>
    <message>
        <source>take a message</source>
        <translation>prendre un message</translation>
    </message>
    <message>
        <source>Always: %1 — %2</source>
        <translation>Toujours&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>If %1: %2 — %3</source>
        <translation>Si %1&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>%1 (if %2)</source>
        <translation>%1 (si %2)</translation>
    </message>
    <message>
        <source>If %1</source>
        <translation>Si %1</translation>
    </message>
    <message>
        <source>Every call</source>
        <translation>Tous les appels</translation>
    </message>
    <message>
        <source>put through</source>
        <translation>transférer</translation>
    </message>
    <message>
        <source>do not put through</source>
        <translation>ne pas transférer</translation>
    </message>
    <message>
        <source>%1, take a message</source>
        <translation>%1, prendre un message</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Say: %1</source>
        <translation>Dire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SecretFileText</name>
    <message>
        <source>cannot open the secrets file: %1</source>
        <translation>impossible d’ouvrir le fichier des secrets&#xa0;: %1</translation>
    </message>
    <message>
        <source>the secrets file is not a regular file</source>
        <translation>le fichier des secrets n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the secrets file may be read by others (mode %1): refused; make it yours with chmod 600</source>
        <translation>le fichier des secrets est lisible par d’autres (mode %1)&#xa0;: refusé&#xa0;; réservez-le à vous seul avec chmod 600</translation>
    </message>
    <message>
        <source>cannot read the secrets file: %1</source>
        <translation>impossible de lire le fichier des secrets&#xa0;: %1</translation>
    </message>
    <message>
        <source>the secrets file is not a JSON object</source>
        <translation>le fichier des secrets n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the secret &quot;%1&quot; is not a string</source>
        <translation>le secret «&#xa0;%1&#xa0;» n’est pas une chaîne</translation>
    </message>
    <message>
        <source>cannot make the directory of the secrets file</source>
        <translation>impossible de créer le dossier du fichier des secrets</translation>
    </message>
    <message>
        <source>cannot create the secrets file: %1</source>
        <translation>impossible de créer le fichier des secrets&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot restrict the secrets file: %1</source>
        <translation>impossible de restreindre les droits du fichier des secrets&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write the secrets file: %1</source>
        <translation>impossible d’écrire le fichier des secrets&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot sync the secrets file: %1</source>
        <translation>impossible d’écrire le fichier des secrets sur le disque&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot replace the secrets file: %1</source>
        <translation>impossible de remplacer le fichier des secrets&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SecretStoreText</name>
    <message>
        <source>a secret needs a name</source>
        <translation>un secret a besoin d’un nom</translation>
    </message>
    <message>
        <source>there is no secret named &quot;%1&quot;</source>
        <translation>il n’y a pas de secret nommé «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SharedFollowUpText</name>
    <message>
        <source>the shared database is not connected</source>
        <translation>la base partagée n’est pas connectée</translation>
    </message>
    <message>
        <source>deliveries of the shared database: %1</source>
        <translation>envois de la base partagée : %1</translation>
    </message>
    <message>
        <source>the deliveries of the shared database are not read yet</source>
        <translation>les envois de la base partagée ne sont pas encore lus</translation>
    </message>
</context>
<context>
    <name>SignInText</name>
    <message>
        <source>cannot read the failed sign-ins: %1</source>
        <translation>impossible de lire les connexions échouées&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot record the failed sign-in: %1</source>
        <translation>impossible d’enregistrer la connexion échouée&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot clear the failed sign-ins: %1</source>
        <translation>impossible d’effacer les connexions échouées&#xa0;: %1</translation>
    </message>
    <message>
        <source>too many failed sign-ins for this login: try again in %1 s</source>
        <translation>trop de connexions échouées pour cet identifiant&#xa0;: réessayez dans %1 s</translation>
    </message>
    <message>
        <source>wrong login or password</source>
        <translation>identifiant ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>this account is disabled: ask an administrator</source>
        <translation>ce compte est désactivé&#xa0;: adressez-vous à un administrateur</translation>
    </message>
</context>
<context>
    <name>SupervisionSyncText</name>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>cannot read the supervision outbox</source>
        <translation>impossible de lire la file d’envoi de la supervision</translation>
    </message>
    <message>
        <source>cannot write the supervision log</source>
        <translation>impossible d’écrire le journal de supervision</translation>
    </message>
    <message>
        <source>cannot notify the consoles</source>
        <translation>impossible de prévenir les postes</translation>
    </message>
    <message>
        <source>cannot commit the push of call records and reviews: %1</source>
        <translation>impossible de valider l’envoi des enregistrements d’appel et des évaluations&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot record the push of call records and reviews</source>
        <translation>impossible d’enregistrer l’envoi des enregistrements d’appel et des évaluations</translation>
    </message>
    <message>
        <source>cannot read the supervision log</source>
        <translation>impossible de lire le journal de supervision</translation>
    </message>
    <message>
        <source>cannot record the pull of call records and reviews</source>
        <translation>impossible d’enregistrer la réception des enregistrements d’appel et des évaluations</translation>
    </message>
    <message>
        <source>cannot record the pull of call records and reviews: %1</source>
        <translation>impossible d’enregistrer la réception des enregistrements d’appel et des évaluations&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the supervision sync cursor</source>
        <translation>impossible de lire le curseur de synchronisation de la supervision</translation>
    </message>
    <message>
        <source>cannot record the supervision sync cursor</source>
        <translation>impossible d’enregistrer le curseur de synchronisation de la supervision</translation>
    </message>
    <message>
        <source>cannot prepare the sync of call records and reviews: %1</source>
        <translation>impossible de préparer la synchronisation des enregistrements d’appel et des évaluations&#xa0;: %1</translation>
    </message>
    <message>
        <source>a console&apos;s store must be SQLite</source>
        <translation>la base d’un poste doit être SQLite</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Hors ligne depuis %1</translation>
    </message>
    <message>
        <source>Offline since %1 (%2 waiting)</source>
        <translation>Hors ligne depuis %1 (%2 en attente)</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>the messages table has no column %1 on both sides</source>
        <translation>la table des messages n’a pas de colonne %1 des deux côtés</translation>
    </message>
    <message>
        <source>cannot write message %1: %2</source>
        <translation>impossible d’écrire le message %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1 messages: %2</source>
        <translation>impossible d’écrire %1 messages&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read messages: %1</source>
        <translation>impossible de lire les messages&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot commit the push: %1</source>
        <translation>impossible de valider l’envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot record the push: %1</source>
        <translation>impossible d’enregistrer l’envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the shared messages</source>
        <translation>impossible de lire les messages partagés</translation>
    </message>
    <message>
        <source>cannot record the pull: %1</source>
        <translation>impossible d’enregistrer la réception&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot count the messages waiting to sync</source>
        <translation>impossible de compter les messages en attente de synchronisation</translation>
    </message>
    <message>
        <source>cannot read the messages waiting to sync</source>
        <translation>impossible de lire les messages en attente de synchronisation</translation>
    </message>
    <message>
        <source>cannot read the sync outbox</source>
        <translation>impossible de lire la file d’envoi de la synchronisation</translation>
    </message>
    <message>
        <source>cannot tidy the sync outbox</source>
        <translation>impossible de ranger la file d’envoi de la synchronisation</translation>
    </message>
    <message>
        <source>cannot read the sync state</source>
        <translation>impossible de lire l’état de la synchronisation</translation>
    </message>
    <message>
        <source>cannot record the sync state</source>
        <translation>impossible d’enregistrer l’état de la synchronisation</translation>
    </message>
    <message>
        <source>cannot keep the losing version of message %1</source>
        <translation>impossible de conserver la version écartée du message %1</translation>
    </message>
    <message>
        <source>cannot read the sync cursor</source>
        <translation>impossible de lire le curseur de synchronisation</translation>
    </message>
    <message>
        <source>cannot record the sync cursor</source>
        <translation>impossible d’enregistrer le curseur de synchronisation</translation>
    </message>
    <message>
        <source>cannot read the local store&apos;s triggers: %1</source>
        <translation>impossible de lire les déclencheurs de la base locale&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot prepare the local outbox: %1</source>
        <translation>impossible de préparer la file d’envoi locale&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot lock the shared messages: %1</source>
        <translation>impossible de verrouiller les messages partagés&#xa0;: %1</translation>
    </message>
    <message>
        <source>the shared database must be PostgreSQL</source>
        <translation>la base partagée doit être PostgreSQL</translation>
    </message>
    <message>
        <source>cannot read the shared database&apos;s triggers: %1</source>
        <translation>impossible de lire les déclencheurs de la base partagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot prepare the shared database for sync: %1</source>
        <translation>impossible de préparer la base partagée pour la synchronisation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>UrgencyEngine</name>
    <message>
        <source>%1 Take a message.</source>
        <translation>%1 Prendre un message.</translation>
    </message>
    <message>
        <source>%1 Fallback: %2</source>
        <translation>%1 À défaut&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (no number in the directory)</source>
        <translation>%1 (aucun numéro dans l’annuaire)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Take a message.</source>
        <translation>Prendre un message.</translation>
    </message>
    <message>
        <source>Transfer to %1.</source>
        <translation>Transférer à %1.</translation>
    </message>
    <message>
        <source>The person to transfer to (“%1”) is not in the directory.</source>
        <translation>La personne à qui transférer («&#xa0;%1&#xa0;») n’est pas dans l’annuaire.</translation>
    </message>
    <message>
        <source>Page the on-call person: %1.</source>
        <translation>Prévenir la personne d’astreinte&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Nobody is on call now.</source>
        <translation>Personne n’est d’astreinte en ce moment.</translation>
    </message>
</context>
<context>
    <name>UserRepositoryText</name>
    <message>
        <source>&apos;%1&apos; is not a valid login: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant valide&#xa0;: utilisez lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;» (64 au plus)</translation>
    </message>
    <message>
        <source>the login &apos;%1&apos; is already taken</source>
        <translation>l’identifiant «&#xa0;%1&#xa0;» est déjà pris</translation>
    </message>
    <message>
        <source>cannot add the user %1: %2</source>
        <translation>impossible d’ajouter l’utilisateur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot update the user %1: %2</source>
        <translation>impossible de modifier l’utilisateur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>there is no user &apos;%1&apos;</source>
        <translation>il n’y a pas d’utilisateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot read the user %1: %2</source>
        <translation>impossible de lire l’utilisateur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot list the users: %1</source>
        <translation>impossible de lister les utilisateurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot count the users: %1</source>
        <translation>impossible de compter les utilisateurs&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Relais cannot start</source>
        <translation>Relais ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>relais::ActionRegistry</name>
    <message>
        <source>Simulate a call</source>
        <translation>Simuler un appel</translation>
    </message>
    <message>
        <source>Ring a simulated call to a demo client now</source>
        <translation>Faire sonner tout de suite un appel simulé vers un client de démonstration</translation>
    </message>
    <message>
        <source>Close call tab</source>
        <translation>Fermer l’onglet d’appel</translation>
    </message>
    <message>
        <source>Close the current call&apos;s tab</source>
        <translation>Fermer l’onglet de l’appel affiché</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Quit Relais</source>
        <translation>Quitter Relais</translation>
    </message>
    <message>
        <source>Edit consignes…</source>
        <translation>Modifier les consignes…</translation>
    </message>
    <message>
        <source>Open the consignes editor: create and change client accounts</source>
        <translation>Ouvrir l’éditeur de consignes&#xa0;: créer et modifier les comptes clients</translation>
    </message>
    <message>
        <source>Search messages…</source>
        <translation>Rechercher des messages…</translation>
    </message>
    <message>
        <source>Search the messages by caller number, name or words</source>
        <translation>Rechercher les messages par numéro d’appelant, nom ou mots</translation>
    </message>
    <message>
        <source>Supervision…</source>
        <translation>Supervision…</translation>
    </message>
    <message>
        <source>Open the supervision window: review queue and dashboard</source>
        <translation>Ouvrir la fenêtre de supervision&#xa0;: file d’évaluation et tableau de bord</translation>
    </message>
    <message>
        <source>Follow-up list</source>
        <translation>Liste de suivi</translation>
    </message>
    <message>
        <source>Callbacks to make and deliveries to see to, by deadline; Enter dials a callback</source>
        <translation>Rappels à faire et envois à surveiller, par échéance&#xa0;; Entrée compose un rappel</translation>
    </message>
    <message>
        <source>Larger greeting text</source>
        <translation>Agrandir le texte d’accueil</translation>
    </message>
    <message>
        <source>Make the greeting to read aloud larger (remembered)</source>
        <translation>Agrandir l’accueil à lire à voix haute (mémorisé)</translation>
    </message>
    <message>
        <source>Smaller greeting text</source>
        <translation>Réduire le texte d’accueil</translation>
    </message>
    <message>
        <source>Make the greeting to read aloud smaller (remembered)</source>
        <translation>Réduire l’accueil à lire à voix haute (mémorisé)</translation>
    </message>
    <message>
        <source>Default greeting size</source>
        <translation>Taille d’accueil par défaut</translation>
    </message>
    <message>
        <source>Put the greeting back to its default size</source>
        <translation>Remettre l’accueil à sa taille par défaut</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>List every action and its shortcut; type to search</source>
        <translation>Lister toutes les actions et leur raccourci&#xa0;; tapez pour rechercher</translation>
    </message>
</context>
<context>
    <name>relais::AmiClient</name>
    <message>
        <source>no AMI greeting or login answer from %1 within %2 s</source>
        <translation>ni accueil AMI ni réponse à la connexion de %1 en %2 s</translation>
    </message>
    <message>
        <source>no answer to the keep-alive from %1 within %2 s</source>
        <translation>pas de réponse au maintien de connexion de %1 en %2 s</translation>
    </message>
    <message>
        <source>Asterisk %1 connected</source>
        <translation>Asterisk %1 connecté</translation>
    </message>
    <message>
        <source>Asterisk %1 connecting</source>
        <translation>Asterisk %1&#xa0;: connexion…</translation>
    </message>
    <message>
        <source>Asterisk %1 failed: %2</source>
        <translation>Asterisk %1 en échec&#xa0;: %2</translation>
    </message>
    <message>
        <source>Asterisk %1 disconnected</source>
        <translation>Asterisk %1 déconnecté</translation>
    </message>
    <message>
        <source>Asterisk %1 disconnected: %2</source>
        <translation>Asterisk %1 déconnecté&#xa0;: %2</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>connecting to %1</source>
        <translation>connexion à %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sans raison donnée</translation>
    </message>
    <message>
        <source>login refused by %1: %2</source>
        <translation>connexion refusée par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>connexion refusée par %1</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>hôte introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>connection closed by %1</source>
        <translation>connexion fermée par %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s</source>
        <translation>%1&#xa0;; nouvel essai dans %2 s</translation>
    </message>
    <message>
        <source>the link to the phone system was stopped</source>
        <translation>la liaison avec le standard a été arrêtée</translation>
    </message>
    <message>
        <source>not connected to the phone system (%1)</source>
        <translation>pas connecté au standard (%1)</translation>
    </message>
    <message>
        <source>the link to the phone system was lost: %1</source>
        <translation>la liaison avec le standard est perdue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>relais::AuditLogView</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>any user</source>
        <translation>tout utilisateur</translation>
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
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;ction&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Cannot show the audit log: %1</source>
        <translation>Impossible d’afficher le journal d’audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The newest %1 rows (narrow the filters to see older ones)</source>
        <translation>Les %1 lignes les plus récentes (resserrez les filtres pour voir les plus anciennes)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::CallArea</name>
    <message>
        <source>No call right now.
A call&apos;s pop appears here as soon as it rings.</source>
        <translation>Aucun appel en ce moment.
La fiche d’un appel s’affiche ici dès qu’il sonne.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>hidden number</source>
        <translation>numéro masqué</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplet</translation>
    </message>
</context>
<context>
    <name>relais::CallbackField</name>
    <message>
        <source>Call back (Alt+R):</source>
        <translation>Rappel (Alt+R)&#xa0;:</translation>
    </message>
    <message>
        <source>30 min, +1h, 14:30</source>
        <translation>30 min, +1h, 14:30</translation>
    </message>
    <message>
        <source>Callback time</source>
        <translation>Heure du rappel</translation>
    </message>
    <message>
        <source>Callback number</source>
        <translation>Numéro de rappel</translation>
    </message>
    <message>
        <source>+30 min</source>
        <translation>+30 min</translation>
    </message>
    <message>
        <source>+1 h</source>
        <translation>+1 h</translation>
    </message>
    <message>
        <source>number to call back</source>
        <translation>numéro à rappeler</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>le %1</translation>
    </message>
</context>
<context>
    <name>relais::ChecklistFieldEditor</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not an email address (name@example.fr).</source>
        <translation>Adresse e-mail invalide (nom@exemple.fr).</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <translation>Obligatoire. %1</translation>
    </message>
</context>
<context>
    <name>relais::ChecklistFields</name>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
</context>
<context>
    <name>relais::ClientPicker</name>
    <message>
        <source>Take the call for this client</source>
        <translation>Prendre l’appel pour ce client</translation>
    </message>
    <message>
        <source>Search a client by name, code or sector…</source>
        <translation>Chercher un client par nom, code ou secteur…</translation>
    </message>
    <message>
        <source>Search a client</source>
        <translation>Chercher un client</translation>
    </message>
    <message>
        <source>Matching clients</source>
        <translation>Clients trouvés</translation>
    </message>
</context>
<context>
    <name>relais::ConsoleSync</name>
    <message>
        <source>the shared database must be PostgreSQL: %1</source>
        <translation>la base partagée doit être PostgreSQL&#xa0;: %1</translation>
    </message>
    <message>
        <source>the shared database is this console&apos;s own database: %1</source>
        <translation>la base partagée est la propre base de ce poste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Acknowledging on the shared database: %1</source>
        <translation>Acquittement en cours sur la base partagée : %1</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>Acquitté : %1</translation>
    </message>
    <message>
        <source>Not acknowledged: %1</source>
        <translation>Non acquitté : %1</translation>
    </message>
</context>
<context>
    <name>relais::DirectoryPicker</name>
    <message>
        <source>Directory — %1</source>
        <translation>Annuaire — %1</translation>
    </message>
    <message>
        <source>Name, role or number; Enter puts the call through</source>
        <translation>Nom, fonction ou numéro&#xa0;; Entrée passe l’appel</translation>
    </message>
    <message>
        <source>Filter the directory</source>
        <translation>Filtrer l’annuaire</translation>
    </message>
    <message>
        <source>No number in this client&apos;s directory.</source>
        <translation>Aucun numéro dans l’annuaire de ce client.</translation>
    </message>
</context>
<context>
    <name>relais::EditorChecklistPage</name>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Choices (comma-separated)</source>
        <translation>Choix (séparés par des virgules)</translation>
    </message>
</context>
<context>
    <name>relais::EditorClientList</name>
    <message>
        <source>Search clients…</source>
        <translation>Rechercher un client…</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
</context>
<context>
    <name>relais::EditorConditionsForm</name>
    <message>
        <source>fuite, inondation, dégât des eaux</source>
        <translation>fuite, inondation, dégât des eaux</translation>
    </message>
    <message>
        <source>Checklist field</source>
        <translation>Champ de la liste de questions</translation>
    </message>
    <message>
        <source>Answer is</source>
        <translation>La réponse est</translation>
    </message>
    <message>
        <source>Add an answer condition</source>
        <translation>Ajouter une condition sur une réponse</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>La retirer</translation>
    </message>
    <message>
        <source>Only these callers: one number per line (empty: any caller)</source>
        <translation>Seulement ces appelants&#xa0;: un numéro par ligne (vide&#xa0;: tout appelant)</translation>
    </message>
    <message>
        <source>At any time</source>
        <translation>À toute heure</translation>
    </message>
    <message>
        <source>Only during opening hours</source>
        <translation>Seulement pendant les heures d’ouverture</translation>
    </message>
    <message>
        <source>Only outside opening hours</source>
        <translation>Seulement hors des heures d’ouverture</translation>
    </message>
    <message>
        <source>Keywords (comma-separated)</source>
        <translation>Mots-clés (séparés par des virgules)</translation>
    </message>
    <message>
        <source>Answers (all must hold)</source>
        <translation>Réponses (toutes doivent être vraies)</translation>
    </message>
    <message>
        <source>Callers</source>
        <translation>Appelants</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de téléphone&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (not in the checklist)</source>
        <translation>%1 (absent de la liste de questions)</translation>
    </message>
</context>
<context>
    <name>relais::EditorDirectoryPage</name>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Numbers (Label: number; …)</source>
        <translation>Numéros (Libellé&#xa0;: numéro&#xa0;; …)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Person id</source>
        <translation>Identifiant de la personne</translation>
    </message>
    <message>
        <source>Days (mon, tue, …)</source>
        <translation>Jours (mon, tue, …)</translation>
    </message>
    <message>
        <source>Hours (18:00-08:00)</source>
        <translation>Horaires (18:00-08:00)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>On-call shifts</source>
        <translation>Astreintes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de téléphone&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un jour (mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>one span like 18:00-08:00</source>
        <translation>une seule plage comme 18:00-08:00</translation>
    </message>
</context>
<context>
    <name>relais::EditorFaqPage</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>Un élément par ligne</translation>
    </message>
    <message>
        <source>Frequent questions</source>
        <translation>Questions fréquentes</translation>
    </message>
    <message>
        <source>Say</source>
        <translation>À dire</translation>
    </message>
    <message>
        <source>Never say</source>
        <translation>À ne jamais dire</translation>
    </message>
</context>
<context>
    <name>relais::EditorFilteringPage</name>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>Quoi dire</translation>
    </message>
    <message>
        <source>Take a message</source>
        <translation>Prendre un message</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Règle sélectionnée</translation>
    </message>
    <message>
        <source>Put through anyway</source>
        <translation>Passer l’appel quand même</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
</context>
<context>
    <name>relais::EditorGreetingsPage</name>
    <message>
        <source>Variables: %1 — {salutation} is Bonjour or Bonsoir by the client&apos;s hour.</source>
        <translation>Variables&#xa0;: %1 — {salutation} vaut Bonjour ou Bonsoir selon l’heure du client.</translation>
    </message>
    <message>
        <source>When open</source>
        <translation>Pendant les heures d’ouverture</translation>
    </message>
    <message>
        <source>When closed (empty: the open text)</source>
        <translation>En dehors des heures (vide&#xa0;: le texte d’ouverture)</translation>
    </message>
    <message>
        <source>On overflow (may be empty)</source>
        <translation>En débordement (peut être vide)</translation>
    </message>
</context>
<context>
    <name>relais::EditorHoursPage</name>
    <message>
        <source>closed — or e.g. 08:30-12:30, 14:00-18:00</source>
        <translation>fermé — ou par exemple 08:30-12:30, 14:00-18:00</translation>
    </message>
    <message>
        <source>Closed on public holidays</source>
        <translation>Fermé les jours fériés</translation>
    </message>
    <message>
        <source>Exceptions (date YYYY-MM-DD; no hours: closed all day)</source>
        <translation>Exceptions (date AAAA-MM-JJ&#xa0;; sans horaires&#xa0;: fermé toute la journée)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of spans like 08:30-12:30, 14:00-18:00</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une liste de plages comme 08:30-12:30, 14:00-18:00</translation>
    </message>
    <message>
        <source>a date is written YYYY-MM-DD</source>
        <translation>une date s’écrit AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>hours are spans like 08:30-12:30, 14:00-18:00</source>
        <translation>les horaires sont des plages comme 08:30-12:30, 14:00-18:00</translation>
    </message>
</context>
<context>
    <name>relais::EditorIdentityPage</name>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>One number per line, e.g. 01 42 68 53 00</source>
        <translation>Un numéro par ligne, par exemple 01 42 68 53 00</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Keep messages for</source>
        <translation>Conserver les messages pendant</translation>
    </message>
    <message>
        <source>Dialed numbers</source>
        <translation>Numéros appelés</translation>
    </message>
    <message>
        <source>a client needs a code, e.g. CAB-LEROY</source>
        <translation>un client doit avoir un code, par exemple CAB-LEROY</translation>
    </message>
    <message>
        <source>a client needs a name</source>
        <translation>un client doit avoir un nom</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de téléphone&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>relais::EditorPreview</name>
    <message>
        <source>Preview: the pop an operator sees now</source>
        <translation>Aperçu&#xa0;: la fiche qu’un opérateur voit maintenant</translation>
    </message>
</context>
<context>
    <name>relais::EditorSaveReport</name>
    <message>
        <source>Reload theirs</source>
        <translation>Recharger leur version</translation>
    </message>
    <message>
        <source>Overwrite with mine (new version on top of theirs)</source>
        <translation>Garder la mienne (nouvelle version par-dessus la leur)</translation>
    </message>
    <message>
        <source>No difference</source>
        <translation>Aucune différence</translation>
    </message>
</context>
<context>
    <name>relais::EditorTransmissionPage</name>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>How messages reach the client, by urgency level</source>
        <translation>Comment les messages parviennent au client, par niveau d’urgence</translation>
    </message>
    <message>
        <source>Selected transmission rule</source>
        <translation>Règle de transmission sélectionnée</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Recipients (space ticks one)</source>
        <translation>Destinataires (Espace coche ou décoche)</translation>
    </message>
    <message>
        <source>Group messages into digests sent at set times (else each at once)</source>
        <translation>Regrouper les messages en récapitulatifs envoyés à heures fixes (sinon chacun aussitôt)</translation>
    </message>
    <message>
        <source>08:00, 12:00, 17:30</source>
        <translation>08:00, 12:00, 17:30</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not expected</source>
        <translation>non demandé</translation>
    </message>
    <message>
        <source>For the level</source>
        <translation>Pour le niveau</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>Envoyer par</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Digest times</source>
        <translation>Heures des récapitulatifs</translation>
    </message>
    <message>
        <source>Acknowledgement expected within</source>
        <translation>Accusé de réception attendu sous</translation>
    </message>
    <message>
        <source>Every level</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>Whoever is on call (the rota decides)</source>
        <translation>La personne d’astreinte (selon le planning)</translation>
    </message>
    <message>
        <source>%1 (not in the directory)</source>
        <translation>%1 (absent de l’annuaire)</translation>
    </message>
    <message>
        <source>on call</source>
        <translation>astreinte</translation>
    </message>
    <message>
        <source>digest at %1</source>
        <translation>récapitulatif à %1</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>aussitôt</translation>
    </message>
    <message>
        <source>acknowledged within %1 min</source>
        <translation>accusé de réception sous %1 min</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list of times like 08:00, 12:30</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une liste d’heures comme 08:00, 12:30</translation>
    </message>
    <message>
        <source>Every call</source>
        <translation>Tous les appels</translation>
    </message>
    <message>
        <source>A message taken</source>
        <translation>Un message pris</translation>
    </message>
    <message>
        <source>A filtered call</source>
        <translation>Un appel filtré</translation>
    </message>
    <message>
        <source>A caller who hung up before the end</source>
        <translation>Un appelant qui a raccroché avant la fin</translation>
    </message>
    <message>
        <source>For the calls</source>
        <translation>Pour les appels</translation>
    </message>
</context>
<context>
    <name>relais::EditorUrgencyPage</name>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Rule in words</source>
        <translation>Règle en clair</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Règle sélectionnée</translation>
    </message>
    <message>
        <source>Take a message</source>
        <translation>Prendre un message</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Page the on-call person</source>
        <translation>Appeler la personne d’astreinte</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>If it fails</source>
        <translation>En cas d’échec</translation>
    </message>
    <message>
        <source>Levels (the highest rank wins)</source>
        <translation>Niveaux (le rang le plus élevé l’emporte)</translation>
    </message>
    <message>
        <source>Level when no rule matches</source>
        <translation>Niveau quand aucune règle ne s’applique</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>the rank is a whole number</source>
        <translation>le rang est un nombre entier</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>Transférer à</translation>
    </message>
    <message>
        <source>(nobody: not a transfer)</source>
        <translation>(personne&#xa0;: pas de transfert)</translation>
    </message>
</context>
<context>
    <name>relais::EditorWindow</name>
    <message>
        <source>Relais — consignes editor</source>
        <translation>Relais — éditeur de consignes</translation>
    </message>
    <message>
        <source>Problems to fix before saving</source>
        <translation>Problèmes à corriger avant d’enregistrer</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Greetings</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Urgencies</source>
        <translation>Urgences</translation>
    </message>
    <message>
        <source>Filtering</source>
        <translation>Filtrage</translation>
    </message>
    <message>
        <source>Directory and on-call</source>
        <translation>Annuaire et astreintes</translation>
    </message>
    <message>
        <source>FAQ and wording</source>
        <translation>FAQ et formulations</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Client %1 has no version</source>
        <translation>Le client %1 n’a aucune version</translation>
    </message>
    <message>
        <source>Editing %1, version %2</source>
        <translation>Modification de %1, version %2</translation>
    </message>
    <message>
        <source>New client: fill in its code and name first</source>
        <translation>Nouveau client&#xa0;: saisissez d’abord son code et son nom</translation>
    </message>
    <message>
        <source>Fix the problems listed first</source>
        <translation>Corrigez d’abord les problèmes listés</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved as version %1:</source>
        <translation>Enregistré en version %1&#xa0;:</translation>
    </message>
    <message>
        <source>Saved %1 as version %2</source>
        <translation>%1 enregistré en version %2</translation>
    </message>
    <message>
        <source>Version %1 was saved by %2 at %3 since you opened this client; your changes are kept — review the differences</source>
        <translation>La version %1 a été enregistrée par %2 à %3 depuis que vous avez ouvert ce client&#xa0;; vos modifications sont conservées — vérifiez les différences</translation>
    </message>
    <message>
        <source>From their version %1 to yours:</source>
        <translation>De leur version %1 à la vôtre&#xa0;:</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Transmission</source>
        <translation>Transmission</translation>
    </message>
    <message>
        <source>the new client</source>
        <translation>le nouveau client</translation>
    </message>
</context>
<context>
    <name>relais::FollowUpView</name>
    <message>
        <source>Callback</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>Envoi en échec</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Non acquitté</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Follow-up list</source>
        <translation>Liste de suivi</translation>
    </message>
    <message>
        <source>Part of the list could not be read: %1</source>
        <translation>Une partie de la liste n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Follow-up due: %1 (F8)</source>
        <translation>Suivi à faire&#xa0;: %1 (F8)</translation>
    </message>
    <message>
        <source>%1 follow-ups due (F8)</source>
        <translation>%1 suivis à faire (F8)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>Only a callback is dialed from here.</source>
        <translation>Seuls les rappels se composent d’ici.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Only a delivery is acknowledged from here.</source>
        <translation>Seul un envoi s’acquitte d’ici.</translation>
    </message>
    <message>
        <source>Not acknowledged: %1</source>
        <translation>Non acquitté : %1</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>Acquitté : %1</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>Record that this was confirmed by phone or dealt with?

%1

Nobody else will be notified about this message.</source>
        <translation>Noter que ceci a été confirmé par téléphone ou traité ?

%1

Personne d’autre ne sera prévenu pour ce message.</translation>
    </message>
</context>
<context>
    <name>relais::FormDialer</name>
    <message>
        <source>No phone system to put the call through: dial it on the desk phone.</source>
        <translation>Pas de standard pour passer l’appel&#xa0;: composez-le sur le poste téléphonique.</translation>
    </message>
    <message>
        <source>A transfer is already under way.</source>
        <translation>Un transfert est déjà en cours.</translation>
    </message>
    <message>
        <source>The procedure names nobody to put the call through to now.</source>
        <translation>La procédure ne désigne personne à qui passer l’appel maintenant.</translation>
    </message>
    <message>
        <source>Putting the call through to %1…</source>
        <translation>Transfert de l’appel vers %1…</translation>
    </message>
    <message>
        <source>No number to put the call through to.</source>
        <translation>Aucun numéro vers lequel passer l’appel.</translation>
    </message>
</context>
<context>
    <name>relais::MainWindow</name>
    <message>
        <source>Relais — operator console</source>
        <translation>Relais — console d’accueil téléphonique</translation>
    </message>
    <message>
        <source>Only available with the call simulator (cti/url = sim://)</source>
        <translation>Disponible seulement avec le simulateur d’appels (cti/url = sim://)</translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation>Messages récents</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>&amp;Appels</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Cannot read the recent messages: %1</source>
        <translation>Impossible de lire les messages récents&#xa0;: %1</translation>
    </message>
    <message>
        <source>Close call tab</source>
        <translation>Fermer l’onglet d’appel</translation>
    </message>
    <message>
        <source>This call has not ended. Close its tab anyway?</source>
        <translation>Cet appel n’est pas terminé. Fermer quand même son onglet&#xa0;?</translation>
    </message>
    <message>
        <source>C&amp;lients</source>
        <translation>C&amp;lients</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Rechercher des messages</translation>
    </message>
    <message>
        <source>Message %1 is no longer in the store</source>
        <translation>Le message %1 n’est plus dans la base</translation>
    </message>
    <message>
        <source>Cannot read message %1: %2</source>
        <translation>Impossible de lire le message %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation>&amp;Supervision</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Session&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>No operator accounts: sign-in off</source>
        <translation>Aucun compte d’opératrice&#xa0;: connexion désactivée</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Non autorisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Journal d’audit…</translation>
    </message>
    <message>
        <source>Who did what and when: sign-ins, consignes changes, amendments, views, exports, purges</source>
        <translation>Qui a fait quoi et quand&#xa0;: connexions, modifications de consignes, corrections, consultations, exports, purges</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>A&amp;dministration</translation>
    </message>
</context>
<context>
    <name>relais::MessageDetailDialog</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Why (optional): e.g. the caller called back with a new number</source>
        <translation>Pourquoi (facultatif)&#xa0;: par ex. l’appelant a rappelé avec un nouveau numéro</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Amendment history</source>
        <translation>Historique des corrections</translation>
    </message>
    <message>
        <source>Caller &amp;name</source>
        <translation>&amp;Nom de l’appelant</translation>
    </message>
    <message>
        <source>Caller n&amp;umber</source>
        <translation>N&amp;uméro de l’appelant</translation>
    </message>
    <message>
        <source>Ur&amp;gency</source>
        <translation>Ur&amp;gence</translation>
    </message>
    <message>
        <source>Ans&amp;wers</source>
        <translation>Ré&amp;ponses</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <source>&amp;Save amendment (Ctrl+Enter)</source>
        <translation>&amp;Enregistrer la correction (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel amendment</source>
        <translation>Annuler la correction</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>A draft is finished in its call tab, not amended</source>
        <translation>Un brouillon se termine dans l’onglet de son appel, il ne se corrige pas</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Message de %1</translation>
    </message>
    <message>
        <source>%1 (incomplete: the caller hung up)</source>
        <translation>%1 (incomplet&#xa0;: l’appelant a raccroché)</translation>
    </message>
    <message>
        <source>%1 · client %2 · %3 · taken by %4 · revision %5</source>
        <translation>%1 · client %2 · %3 · pris par %4 · révision %5</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>Impossible de lire l’historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Never amended</source>
        <translation>Jamais corrigé</translation>
    </message>
    <message>
        <source>Revision %1 → %2, amended by %3 on %4</source>
        <translation>Révision %1 → %2, corrigée par %3 le %4</translation>
    </message>
    <message>
        <source>Before: %1 · %2 · urgency %3
%4</source>
        <translation>Avant&#xa0;: %1 · %2 · urgence %3
%4</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save the amendment (Ctrl+Enter) or cancel it before closing</source>
        <translation>Enregistrez la correction (Ctrl+Entrée) ou annulez-la avant de fermer</translation>
    </message>
    <message>
        <source>&amp;Flag for review…</source>
        <translation>&amp;Signaler pour évaluation…</translation>
    </message>
    <message>
        <source>Put this message in the supervisors&apos; review queue, with a reason</source>
        <translation>Mettre ce message dans la file d’évaluation des superviseurs, avec un motif</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>Signaler pour évaluation</translation>
    </message>
    <message>
        <source>Why should a supervisor review this message?</source>
        <translation>Pourquoi un superviseur devrait-il évaluer ce message&#xa0;?</translation>
    </message>
    <message>
        <source>A draft is reviewed once it is saved</source>
        <translation>Un brouillon s’évalue une fois enregistré</translation>
    </message>
    <message>
        <source>Cannot flag the message for review: %1</source>
        <translation>Impossible de signaler le message pour évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Flagged for review</source>
        <translation>Signalé pour évaluation</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Non autorisé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>relais::MessageForm</name>
    <message>
        <source>Caller&apos;s words</source>
        <translation>Paroles de l’appelant</translation>
    </message>
    <message>
        <source>The caller&apos;s words, as said</source>
        <translation>Les mots de l’appelant, tels quels</translation>
    </message>
    <message>
        <source>Save message (Ctrl+Enter)</source>
        <translation>Enregistrer le message (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Caller hung up</source>
        <translation>L’appelant a raccroché</translation>
    </message>
    <message>
        <source>This call is now shown for %1, but this form is for %2: saving will ask.</source>
        <translation>Cet appel est maintenant affiché pour %1, mais ce formulaire est pour %2&#xa0;: l’enregistrement demandera confirmation.</translation>
    </message>
    <message>
        <source>an unknown client</source>
        <translation>un client inconnu</translation>
    </message>
    <message>
        <source>no client</source>
        <translation>aucun client</translation>
    </message>
    <message>
        <source>Unknown client</source>
        <translation>Client inconnu</translation>
    </message>
    <message>
        <source>hidden number</source>
        <translation>numéro masqué</translation>
    </message>
    <message>
        <source>Message for %1 — caller %2%3</source>
        <translation>Message pour %1 — appelant %2%3</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Actions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unfinished draft reopened</source>
        <translation>Brouillon inachevé rouvert</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Le brouillon n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Brouillon enregistré</translation>
    </message>
    <message>
        <source>Required, not answered: %1.</source>
        <translation>Obligatoire, sans réponse&#xa0;: %1.</translation>
    </message>
    <message>
        <source>To correct: %1.</source>
        <translation>À corriger&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Message saved</source>
        <translation>Message enregistré</translation>
    </message>
    <message>
        <source>Message saved, incomplete: the caller hung up</source>
        <translation>Message enregistré, incomplet&#xa0;: l’appelant a raccroché</translation>
    </message>
    <message>
        <source>Closed as filtered (%1)</source>
        <translation>Clos comme filtré (%1)</translation>
    </message>
    <message>
        <source>The message was NOT saved: %1</source>
        <translation>Le message n’a PAS été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>This form is for %1, but the call is now shown for %2. Save the message for %1?</source>
        <translation>Ce formulaire est pour %1, mais l’appel est maintenant affiché pour %2. Enregistrer le message pour %1&#xa0;?</translation>
    </message>
    <message>
        <source>Save for another client?</source>
        <translation>Enregistrer pour un autre client&#xa0;?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not put through to %1: %2.</source>
        <translation>Appel non passé à %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Not put through to %1: %2. Fallback: %3</source>
        <translation>Appel non passé à %1&#xa0;: %2. Repli&#xa0;: %3</translation>
    </message>
    <message>
        <source>What the caller said, in their words; urgency keywords are read here</source>
        <translation>Ce qu’a dit l’appelant, avec ses mots&#xa0;; les mots-clés d’urgence sont cherchés ici</translation>
    </message>
    <message>
        <source>Message status</source>
        <translation>État du message</translation>
    </message>
    <message>
        <source>Checks the required answers, then saves the message (Ctrl+Enter)</source>
        <translation>Vérifie les réponses obligatoires, puis enregistre le message (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Saves what was taken, marked incomplete</source>
        <translation>Enregistre ce qui a été pris, marqué comme incomplet</translation>
    </message>
</context>
<context>
    <name>relais::MessageSearchView</name>
    <message>
        <source>Search messages: a number (or its end), a name, words of the notes</source>
        <translation>Rechercher des messages&#xa0;: un numéro (ou sa fin), un nom, des mots des notes</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Rechercher des messages</translation>
    </message>
    <message>
        <source>Messages found</source>
        <translation>Messages trouvés</translation>
    </message>
    <message>
        <source>Cannot search the messages: %1</source>
        <translation>Impossible de rechercher les messages&#xa0;: %1</translation>
    </message>
    <message>
        <source>No message found</source>
        <translation>Aucun message trouvé</translation>
    </message>
    <message>
        <source>The %1 newest messages found; type more to narrow</source>
        <translation>Les %1 messages les plus récents trouvés&#xa0;; précisez la saisie pour affiner</translation>
    </message>
    <message>
        <source>%1 messages found</source>
        <translation>%1 messages trouvés</translation>
    </message>
</context>
<context>
    <name>relais::PopPanel</name>
    <message>
        <source>Known contact</source>
        <translation>Contact connu</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>État de l’appel</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Dialed number</source>
        <translation>Numéro composé</translation>
    </message>
    <message>
        <source>Open or closed</source>
        <translation>Ouvert ou fermé</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nom du client</translation>
    </message>
    <message>
        <source>Client sector</source>
        <translation>Secteur du client</translation>
    </message>
    <message>
        <source>Consignes version</source>
        <translation>Version des consignes</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Numéro inconnu</translation>
    </message>
    <message>
        <source>Advice for an unknown number</source>
        <translation>Conduite à tenir pour un numéro inconnu</translation>
    </message>
    <message>
        <source>No client owns this dialed number. Do not name a client: greet neutrally, then pick the client below if the caller says who they are calling.</source>
        <translation>Aucun client n’a ce numéro. Ne nommez aucun client&#xa0;: décrochez avec un accueil neutre, puis choisissez le client ci-dessous si l’appelant dit qui il cherche à joindre.</translation>
    </message>
    <message>
        <source>Greeting caption</source>
        <translation>Titre de l’accueil</translation>
    </message>
    <message>
        <source>Say on pick-up:</source>
        <translation>À dire en décrochant&#xa0;:</translation>
    </message>
    <message>
        <source>Greeting to read aloud</source>
        <translation>Accueil à lire à voix haute</translation>
    </message>
    <message>
        <source>Overflow greeting</source>
        <translation>Accueil en débordement</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Questions à poser</translation>
    </message>
    <message>
        <source>Urgency rules</source>
        <translation>Règles d’urgence</translation>
    </message>
    <message>
        <source>Filtering rules</source>
        <translation>Règles de filtrage</translation>
    </message>
    <message>
        <source>On call now</source>
        <translation>D’astreinte en ce moment</translation>
    </message>
    <message>
        <source>Caller&apos;s history</source>
        <translation>Historique de l’appelant</translation>
    </message>
    <message>
        <source>Filter the FAQ</source>
        <translation>Filtrer la FAQ</translation>
    </message>
    <message>
        <source>Filter the FAQ…</source>
        <translation>Filtrer la FAQ…</translation>
    </message>
    <message>
        <source>Client&apos;s FAQ</source>
        <translation>FAQ du client</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>Ce qu’il faut dire</translation>
    </message>
    <message>
        <source>What never to say</source>
        <translation>Ce qu’il ne faut jamais dire</translation>
    </message>
    <message>
        <source>To ask (* required)</source>
        <translation>À demander (* obligatoire)</translation>
    </message>
    <message>
        <source>Urgencies</source>
        <translation>Urgences</translation>
    </message>
    <message>
        <source>Filtering</source>
        <translation>Filtrage</translation>
    </message>
    <message>
        <source>This caller&apos;s earlier messages</source>
        <translation>Messages précédents de cet appelant</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Say</source>
        <translation>À dire</translation>
    </message>
    <message>
        <source>Never say</source>
        <translation>À ne jamais dire</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>Appelant&#xa0;: %1</translation>
    </message>
    <message>
        <source>hidden number</source>
        <translation>numéro masqué</translation>
    </message>
    <message>
        <source>Dialed: %1</source>
        <translation>Numéro composé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Known contact: %1</source>
        <translation>Contact connu&#xa0;: %1</translation>
    </message>
    <message>
        <source>If the call overflowed from the client&apos;s switchboard: %1</source>
        <translation>Si l’appel déborde du standard du client&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown number: %1</source>
        <translation>Numéro inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Consignes v%1 of %2</source>
        <translation>Consignes v%1 du %2</translation>
    </message>
    <message>
        <source>Nothing particular</source>
        <translation>Rien de particulier</translation>
    </message>
    <message>
        <source>No urgency rule: message only</source>
        <translation>Aucune règle d’urgence&#xa0;: prise de message seulement</translation>
    </message>
    <message>
        <source>No filtering rule</source>
        <translation>Aucune règle de filtrage</translation>
    </message>
    <message>
        <source>Nobody is on call now</source>
        <translation>Personne n’est d’astreinte en ce moment</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(incomplet)</translation>
    </message>
    <message>
        <source>No earlier message from this caller</source>
        <translation>Aucun message précédent de cet appelant</translation>
    </message>
    <message>
        <source>Changes since your last call</source>
        <translation>Changements depuis votre dernier appel</translation>
    </message>
    <message>
        <source>Consignes changed since your last call (v%1 → v%2) — show the changes</source>
        <translation>Consignes modifiées depuis votre dernier appel (v%1 → v%2) — voir les changements</translation>
    </message>
    <message>
        <source>unknown number %1</source>
        <translation>numéro inconnu %1</translation>
    </message>
    <message>
        <source>Call for %1</source>
        <translation>Appel pour %1</translation>
    </message>
    <message>
        <source>%1. Say: %2</source>
        <translation>%1. Dire&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>relais::RecentMessagesModel</name>
    <message>
        <source>%1 (incomplete)</source>
        <translation>%1 (incomplet)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Appelant</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Extrait</translation>
    </message>
</context>
<context>
    <name>relais::RecentMessagesView</name>
    <message>
        <source>Recent messages</source>
        <translation>Messages récents</translation>
    </message>
</context>
<context>
    <name>relais::ShortcutsOverlay</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Type to search. Esc or F1 closes this list.</source>
        <translation>Tapez pour rechercher. Échap ou F1 ferme cette liste.</translation>
    </message>
    <message>
        <source>Search the shortcuts</source>
        <translation>Rechercher dans les raccourcis</translation>
    </message>
    <message>
        <source>Search an action or a key…</source>
        <translation>Rechercher une action ou une touche…</translation>
    </message>
    <message>
        <source>Actions and their shortcuts</source>
        <translation>Actions et leurs raccourcis</translation>
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
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>(not available now)</source>
        <translation>(indisponible pour le moment)</translation>
    </message>
    <message>
        <source>Next field / previous field</source>
        <translation>Champ suivant / champ précédent</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Enregistrer le message</translation>
    </message>
    <message>
        <source>Put the call through as the procedure says</source>
        <translation>Passer l’appel comme le prévoit la procédure</translation>
    </message>
    <message>
        <source>Confirm the urgency action</source>
        <translation>Confirmer l’action d’urgence</translation>
    </message>
    <message>
        <source>Back one field (clears nothing)</source>
        <translation>Revenir d’un champ (n’efface rien)</translation>
    </message>
    <message>
        <source>Open a list of choices</source>
        <translation>Ouvrir une liste de choix</translation>
    </message>
    <message>
        <source>Next call tab / previous call tab</source>
        <translation>Onglet d’appel suivant / précédent</translation>
    </message>
    <message>
        <source>Message form</source>
        <translation>Formulaire de message</translation>
    </message>
    <message>
        <source>Follow-up list</source>
        <translation>Liste de suivi</translation>
    </message>
    <message>
        <source>Dial the callback</source>
        <translation>Composer le rappel</translation>
    </message>
    <message>
        <source>Acknowledge the delivery (confirmed by phone)</source>
        <translation>Acquitter l’envoi (confirmé par téléphone)</translation>
    </message>
</context>
<context>
    <name>relais::SignInDialog</name>
    <message>
        <source>Sign in to Relais</source>
        <translation>Connexion à Relais</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message numerus="yes">
        <source>Next attempt possible in %n second(s).</source>
        <translation>
            <numerusform>Nouvelle tentative possible dans %n seconde.</numerusform>
            <numerusform>Nouvelle tentative possible dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::SimulatorSource</name>
    <message numerus="yes">
        <source>Simulator (a call every %n s)</source>
        <translation>
            <numerusform>Simulateur (un appel toutes les %n s)</numerusform>
            <numerusform>Simulateur (un appel toutes les %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulateur</translation>
    </message>
    <message>
        <source>the simulator is stopped</source>
        <translation>le simulateur est arrêté</translation>
    </message>
    <message>
        <source>cannot dial &quot;%1&quot;</source>
        <translation>impossible de composer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simulé</translation>
    </message>
</context>
<context>
    <name>relais::StatusBarView</name>
    <message>
        <source>Phone system</source>
        <translation>Téléphonie</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Messages waiting to sync</source>
        <translation>Messages en attente de synchronisation</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>Simulateur</translation>
    </message>
    <message>
        <source>Asterisk connected</source>
        <translation>Asterisk connecté</translation>
    </message>
    <message>
        <source>Connecting to Asterisk…</source>
        <translation>Connexion à Asterisk…</translation>
    </message>
    <message>
        <source>Asterisk disconnected</source>
        <translation>Asterisk déconnecté</translation>
    </message>
    <message>
        <source>Asterisk disconnected: %1</source>
        <translation>Asterisk déconnecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Asterisk unreachable: %1</source>
        <translation>Asterisk injoignable&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to sync</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Every message saved here is in the shared database</source>
        <translation>Chaque message enregistré ici est dans la base partagée</translation>
    </message>
    <message>
        <source>Messages saved here and not yet in the shared database</source>
        <translation>Messages enregistrés ici et pas encore dans la base partagée</translation>
    </message>
    <message>
        <source>The shared database does not answer; messages are kept on this desk and sent when it is back.
%1</source>
        <translation>La base partagée ne répond pas&#xa0;; les messages sont gardés sur ce poste et envoyés à son retour.
%1</translation>
    </message>
    <message>
        <source>Connecting to the shared database…</source>
        <translation>Connexion à la base partagée…</translation>
    </message>
    <message>
        <source>Messages stay on this desk</source>
        <translation>Les messages restent sur ce poste</translation>
    </message>
    <message>
        <source>No shared database is configured (--shared or storage/sharedDatabaseUrl)</source>
        <translation>Aucune base partagée n’est configurée (--shared ou storage/sharedDatabaseUrl)</translation>
    </message>
    <message>
        <source>Sync off: %1</source>
        <translation>Synchronisation arrêtée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>relais::SupervisionCommentsDialog</name>
    <message>
        <source>Review by %1: %2 %</source>
        <translation>Évaluation par %1&#xa0;: %2&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) from your supervisor</source>
        <translation>
            <numerusform>%n commentaire de votre superviseur</numerusform>
            <numerusform>%n commentaires de votre superviseur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::SupervisionDashboard</name>
    <message>
        <source>Export the figures</source>
        <translation>Exporter les chiffres</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>every operator</source>
        <translation>toutes les opératrices</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>&amp;Opératrice</translation>
    </message>
    <message>
        <source>Every client</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) offered from %1 to %2.</source>
        <translation>
            <numerusform>%n appel présenté du %1 au %2.</numerusform>
            <numerusform>%n appels présentés du %1 au %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Présentés</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondus</translation>
    </message>
    <message>
        <source>Answer rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>Avg. to answer</source>
        <translation>Décroché moyen</translation>
    </message>
    <message>
        <source>Avg. handling</source>
        <translation>Traitement moyen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Operator %1</source>
        <translation>Opératrice %1</translation>
    </message>
    <message>
        <source>Figures exported to %1.</source>
        <translation>Chiffres exportés dans %1.</translation>
    </message>
</context>
<context>
    <name>relais::SupervisionHeatMap</name>
    <message>
        <source>Calls by weekday and hour</source>
        <translation>Appels par jour de la semaine et par heure</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1h</translation>
    </message>
</context>
<context>
    <name>relais::SupervisionReviewTab</name>
    <message>
        <source>Urgency:</source>
        <translation>Urgence&#xa0;:</translation>
    </message>
    <message>
        <source>Consignes version %1</source>
        <translation>Consignes, version %1</translation>
    </message>
    <message>
        <source>Sample the last &amp;7 days</source>
        <translation>Échantillonner les &amp;7 derniers jours</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Comment the operator sees at their next session</source>
        <translation>Commentaire que l’opératrice verra à sa prochaine session</translation>
    </message>
    <message>
        <source>&amp;Save review</source>
        <translation>&amp;Enregistrer l’évaluation</translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation>Rien à évaluer.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) added to the queue.</source>
        <translation>
            <numerusform>%n message ajouté à la file.</numerusform>
            <numerusform>%n messages ajoutés à la file.</numerusform>
        </translation>
    </message>
    <message>
        <source>The message is gone.</source>
        <translation>Le message n’existe plus.</translation>
    </message>
    <message>
        <source>No event log for this call.</source>
        <translation>Aucun journal d’événements pour cet appel.</translation>
    </message>
    <message>
        <source>Completeness %1 %</source>
        <translation>Complétude %1&#xa0;%</translation>
    </message>
    <message>
        <source>Flagged by %1: %2</source>
        <translation>Signalé par %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Review saved.</source>
        <translation>Évaluation enregistrée.</translation>
    </message>
</context>
<context>
    <name>relais::SupervisionTrendChart</name>
    <message>
        <source>Calls per day and answer rate</source>
        <translation>Appels par jour et taux de réponse</translation>
    </message>
    <message>
        <source>No calls in this period</source>
        <translation>Aucun appel sur cette période</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100&#xa0;%</translation>
    </message>
</context>
<context>
    <name>relais::SupervisionWindow</name>
    <message>
        <source>Supervision — Relais</source>
        <translation>Supervision — Relais</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
</context>
<context>
    <name>relais::UrgencyPanel</name>
    <message>
        <source>Confirm action (Ctrl+Shift+A)</source>
        <translation>Confirmer l’action (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Close as filtered</source>
        <translation>Clore comme filtré</translation>
    </message>
    <message>
        <source>keyword “%1”</source>
        <translation>mot-clé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>caller %1</source>
        <translation>appelant %1</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horaires</translation>
    </message>
    <message>
        <source>Urgency: %1</source>
        <translation>Urgence&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Why: %1 (%2)</source>
        <translation>Pourquoi&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>No urgency rule holds: the default level applies.</source>
        <translation>Aucune règle d’urgence ne s’applique&#xa0;: le niveau par défaut est retenu.</translation>
    </message>
    <message>
        <source>Filtered: %1 (%2). Say: “%3”</source>
        <translation>Filtré&#xa0;: %1 (%2). Dire&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Put through (F6)</source>
        <translation>Passer l’appel (F6)</translation>
    </message>
    <message>
        <source>Records that the urgency procedure&apos;s action was done</source>
        <translation>Note que l’action de la procédure d’urgence a été faite</translation>
    </message>
    <message>
        <source>Urgency level</source>
        <translation>Niveau d’urgence</translation>
    </message>
    <message>
        <source>Urgency procedure</source>
        <translation>Procédure d’urgence</translation>
    </message>
</context>
</TS>
