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
    <name>AmiParser</name>
    <message>
        <source>line %1 is longer than %2 bytes</source>
        <translation>la ligne %1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>line %1 is not "Key: Value": skipped</source>
        <translation>la ligne %1 n’est pas de la forme « Clé: Valeur » : ignorée</translation>
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
        <translation> : message abandonné</translation>
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
    <name>Consignes</name>
    <message>
        <source>expected %1; found %2</source>
        <translation>attendu : %1 ; trouvé : %2</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>unknown key "%1"; expected one of %2</source>
        <translation>clé inconnue « %1 » ; attendu l’une de : %2</translation>
    </message>
    <message>
        <source>missing key "%1"</source>
        <translation>clé « %1 » manquante</translation>
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
        <source>a span ["HH:MM", "HH:MM"]</source>
        <translation>une plage ["HH:MM", "HH:MM"]</translation>
    </message>
    <message>
        <source>an array of spans ["HH:MM", "HH:MM"]</source>
        <translation>un tableau de plages ["HH:MM", "HH:MM"]</translation>
    </message>
    <message>
        <source>expected a phone number; found %1 (%2)</source>
        <translation>attendu : un numéro de téléphone ; trouvé : %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConsignesDiff</name>
    <message>
        <source>%1: added %2</source>
        <translation>%1 : ajout de %2</translation>
    </message>
    <message>
        <source>%1: removed %2</source>
        <translation>%1 : suppression de %2</translation>
    </message>
    <message>
        <source>%1: moved %2 from position %3 to %4</source>
        <translation>%1 : %2 déplacé de la position %3 à %4</translation>
    </message>
    <message>
        <source>%1: added exception %2</source>
        <translation>%1 : exception %2 ajoutée</translation>
    </message>
    <message>
        <source>%1: removed exception %2</source>
        <translation>%1 : exception %2 supprimée</translation>
    </message>
    <message>
        <source>%1: moved exception %2 from position %3 to %4</source>
        <translation>%1 : exception %2 déplacée de la position %3 à %4</translation>
    </message>
    <message>
        <source>%1: added field %2</source>
        <translation>%1 : champ %2 ajouté</translation>
    </message>
    <message>
        <source>%1: removed field %2</source>
        <translation>%1 : champ %2 supprimé</translation>
    </message>
    <message>
        <source>%1: moved field %2 from position %3 to %4</source>
        <translation>%1 : champ %2 déplacé de la position %3 à %4</translation>
    </message>
    <message>
        <source>%1: added level %2</source>
        <translation>%1 : niveau %2 ajouté</translation>
    </message>
    <message>
        <source>%1: removed level %2</source>
        <translation>%1 : niveau %2 supprimé</translation>
    </message>
    <message>
        <source>%1: moved level %2 from position %3 to %4</source>
        <translation>%1 : niveau %2 déplacé de la position %3 à %4</translation>
    </message>
    <message>
        <source>%1: added rule %2</source>
        <translation>%1 : règle %2 ajoutée</translation>
    </message>
    <message>
        <source>%1: removed rule %2</source>
        <translation>%1 : règle %2 supprimée</translation>
    </message>
    <message>
        <source>%1: moved rule %2 from position %3 to %4</source>
        <translation>%1 : règle %2 déplacée de la position %3 à %4</translation>
    </message>
    <message>
        <source>%1: added filtering rule %2</source>
        <translation>%1 : règle de filtrage %2 ajoutée</translation>
    </message>
    <message>
        <source>%1: removed filtering rule %2</source>
        <translation>%1 : règle de filtrage %2 supprimée</translation>
    </message>
    <message>
        <source>%1: moved filtering rule %2 from position %3 to %4</source>
        <translation>%1 : règle de filtrage %2 déplacée de la position %3 à %4</translation>
    </message>
    <message>
        <source>%1: added person %2</source>
        <translation>%1 : personne %2 ajoutée</translation>
    </message>
    <message>
        <source>%1: removed person %2</source>
        <translation>%1 : personne %2 supprimée</translation>
    </message>
    <message>
        <source>%1: moved person %2 from position %3 to %4</source>
        <translation>%1 : personne %2 déplacée de la position %3 à %4</translation>
    </message>
    <message>
        <source>%1: added question %2</source>
        <translation>%1 : question %2 ajoutée</translation>
    </message>
    <message>
        <source>%1: removed question %2</source>
        <translation>%1 : question %2 supprimée</translation>
    </message>
    <message>
        <source>%1: moved question %2 from position %3 to %4</source>
        <translation>%1 : question %2 déplacée de la position %3 à %4</translation>
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
        <translation>Fermé (jour férié : %1)</translation>
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
    <name>RulesWords</name>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
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
        <translation>Toujours : %1 — %2</translation>
    </message>
    <message>
        <source>If %1: %2 — %3</source>
        <translation>Si %1 : %2 — %3</translation>
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
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>Say: %1</source>
        <translation>Dire : %1</translation>
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
        <translation>%1 À défaut : %2</translation>
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
        <translation>La personne à qui transférer (« %1 ») n’est pas dans l’annuaire.</translation>
    </message>
    <message>
        <source>Page the on-call person: %1.</source>
        <translation>Prévenir la personne d’astreinte : %1.</translation>
    </message>
    <message>
        <source>Nobody is on call now.</source>
        <translation>Personne n’est d’astreinte en ce moment.</translation>
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
    <name>relais</name>
    <message>
        <source>a date YYYY-MM-DD</source>
        <translation>une date AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>une adresse e-mail</translation>
    </message>
    <message>
        <source>file too large: %1 MB, the limit is %2 MB</source>
        <translation>fichier trop gros : %1 Mo, la limite est %2 Mo</translation>
    </message>
    <message>
        <source>empty file: expected a JSON object</source>
        <translation>fichier vide : attendu un objet JSON</translation>
    </message>
    <message>
        <source>not UTF-8 at byte 0: the file is UTF-16 (save it as UTF-8)</source>
        <translation>pas de l’UTF-8 à l’octet 0 : le fichier est en UTF-16 (enregistrez-le en UTF-8)</translation>
    </message>
    <message>
        <source>not UTF-8 at byte %1 (save the file as UTF-8)</source>
        <translation>pas de l’UTF-8 à l’octet %1 (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON invalide : %1</translation>
    </message>
    <message>
        <source>expected an object {"format": "relais-consignes", "version": 1, "clients": […]}; found %1</source>
        <translation>attendu un objet {"format": "relais-consignes", "version": 1, "clients": […]} ; trouvé : %1</translation>
    </message>
    <message>
        <source>unknown key "%1"; expected one of format, version, clients</source>
        <translation>clé inconnue « %1 » ; attendu l’une de : format, version, clients</translation>
    </message>
    <message>
        <source>expected "relais-consignes"; found %1</source>
        <translation>attendu « relais-consignes » ; trouvé : %1</translation>
    </message>
    <message>
        <source>no "format" key</source>
        <translation>pas de clé « format »</translation>
    </message>
    <message>
        <source>unsupported version %1; this build reads version 1</source>
        <translation>version %1 non prise en charge ; cette version de Relais lit la version 1</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>expected an array of clients; found %1</source>
        <translation>attendu un tableau de clients ; trouvé : %1</translation>
    </message>
    <message>
        <source>no "clients" key</source>
        <translation>pas de clé « clients »</translation>
    </message>
    <message>
        <source>duplicate client code "%1" (first at %2)</source>
        <translation>code client « %1 » en double (première fois en %2)</translation>
    </message>
    <message>
        <source>dialed number %1 of client %2 is already a dialed number of client %3</source>
        <translation>le numéro composé %1 du client %2 est déjà un numéro du client %3</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>unmatched '}' at character %1</source>
        <translation>« } » sans « { » au caractère %1</translation>
    </message>
    <message>
        <source>unmatched '{' at character %1</source>
        <translation>« { » sans « } » au caractère %1</translation>
    </message>
    <message>
        <source>unknown variable {%1}; known: {salutation}, {client}, {operator}</source>
        <translation>variable inconnue {%1} ; variables connues : {salutation}, {client}, {operator}</translation>
    </message>
    <message>
        <source>the path is a directory, not a database file</source>
        <translation>le chemin est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>impossible de créer le dossier %1</translation>
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
        <translation>impossible de configurer SQLite (%1) : %2</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> et %1 de plus</translation>
    </message>
    <message>
        <source>not a Relais database: found tables %1 but no schema_version</source>
        <translation>pas une base Relais : tables %1 trouvées mais pas de schema_version</translation>
    </message>
    <message>
        <source>not a sim:// URL</source>
        <translation>pas une URL sim://</translation>
    </message>
    <message>
        <source>interval must be a number of seconds (0 to 86400), not "%1"</source>
        <translation>interval doit être un nombre de secondes (0 à 86400), pas « %1 »</translation>
    </message>
    <message>
        <source>seed must be a positive number, not "%1"</source>
        <translation>seed doit être un nombre positif, pas « %1 »</translation>
    </message>
    <message>
        <source>unknown option "%1" (known: interval, seed)</source>
        <translation>option « %1 » inconnue (connues : interval, seed)</translation>
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
        <translation>pas d’hôte : écrivez ami://UTILISATEUR@HÔTE[:PORT]?device=PJSIP/201</translation>
    </message>
    <message>
        <source>no AMI user: write ami://USER@HOST</source>
        <translation>pas d’utilisateur AMI : écrivez ami://UTILISATEUR@HÔTE</translation>
    </message>
    <message>
        <source>port must be 1 to 65535</source>
        <translation>le port doit être entre 1 et 65535</translation>
    </message>
    <message>
        <source>no AMI secret: put it in the URL or in RELAIS_AMI_SECRET</source>
        <translation>pas de secret AMI : mettez-le dans l’URL ou dans RELAIS_AMI_SECRET</translation>
    </message>
    <message>
        <source>the user and secret cannot contain line breaks</source>
        <translation>l’utilisateur et le secret ne peuvent pas contenir de saut de ligne</translation>
    </message>
    <message>
        <source>unexpected path "%1": options go after '?'</source>
        <translation>chemin « %1 » inattendu : les options se placent après « ? »</translation>
    </message>
    <message>
        <source>device must be TECH/RESOURCE, e.g. PJSIP/201, not "%1"</source>
        <translation>device doit être TECH/RESSOURCE, par exemple PJSIP/201, pas « %1 »</translation>
    </message>
    <message>
        <source>dialed must be exten, queue or variable:NAME, not "%1"</source>
        <translation>dialed doit être exten, queue ou variable:NOM, pas « %1 »</translation>
    </message>
    <message>
        <source>ping must be a number of seconds (1 to 3600), not "%1"</source>
        <translation>ping doit être un nombre de secondes (1 à 3600), pas « %1 »</translation>
    </message>
    <message>
        <source>unknown option "%1" (known: device, dialed, ping, events)</source>
        <translation>option « %1 » inconnue (connues : device, dialed, ping, events)</translation>
    </message>
    <message>
        <source>no device: add ?device=PJSIP/201 (the operator's phone)</source>
        <translation>pas de poste : ajoutez ?device=PJSIP/201 (le téléphone de l’opératrice)</translation>
    </message>
    <message>
        <source>unknown call source: use sim:// or ami://USER@HOST?device=PJSIP/201</source>
        <translation>source d’appels inconnue : utilisez sim:// ou ami://UTILISATEUR@HÔTE?device=PJSIP/201</translation>
    </message>
    <message>
        <source>« %1 »</source>
        <translation>« %1 »</translation>
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
        <source>digest at %1</source>
        <translation>récapitulatif à %1</translation>
    </message>
    <message>
        <source>acknowledged within %1 min</source>
        <translation>accusé de réception sous %1 min</translation>
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
        <translation>le client %1 figure deux fois dans l’import ; rien n’a été importé</translation>
    </message>
    <message>
        <source>dialed number %1 of client %2 already belongs to client %3, which is not in the import; nothing was imported</source>
        <translation>le numéro composé %1 du client %2 appartient déjà au client %3, absent de l’import ; rien n’a été importé</translation>
    </message>
    <message>
        <source>no client with code %1</source>
        <translation>aucun client avec le code %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible : %1</translation>
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
        <source>Close the current call's tab</source>
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
        <translation>Asterisk %1 : connexion…</translation>
    </message>
    <message>
        <source>Asterisk %1 failed: %2</source>
        <translation>Asterisk %1 en échec : %2</translation>
    </message>
    <message>
        <source>Asterisk %1 disconnected</source>
        <translation>Asterisk %1 déconnecté</translation>
    </message>
    <message>
        <source>Asterisk %1 disconnected: %2</source>
        <translation>Asterisk %1 déconnecté : %2</translation>
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
        <translation>connexion refusée par %1 : %2</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>connexion refusée par %1</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>hôte introuvable : %1</translation>
    </message>
    <message>
        <source>connection closed by %1</source>
        <translation>connexion fermée par %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1; retrying in %2 s</source>
        <translation>%1 ; nouvel essai dans %2 s</translation>
    </message>
</context>
<context>
    <name>relais::CallArea</name>
    <message>
        <source>No call right now.
A call's pop appears here as soon as it rings.</source>
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
    <name>relais::Checker</name>
    <message>
        <source>duplicate %1 "%2" (first at %3)</source>
        <translation>%1 « %2 » en double (première fois en %3)</translation>
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
        <source>a choice field needs a non-empty "choices" list</source>
        <translation>un champ à choix a besoin d’une liste « choices » non vide</translation>
    </message>
    <message>
        <source>"choices" is only for fields of type choice</source>
        <translation>« choices » n’existe que pour les champs de type choice</translation>
    </message>
    <message>
        <source>checklist field id</source>
        <translation>identifiant de champ de la liste de questions</translation>
    </message>
    <message>
        <source>unknown checklist field "%1"</source>
        <translation>champ de la liste de questions « %1 » inconnu</translation>
    </message>
    <message>
        <source>field "%1" is yes/no: expected "oui" or "non"; found "%2"</source>
        <translation>le champ « %1 » est oui/non : attendu « oui » ou « non » ; trouvé « %2 »</translation>
    </message>
    <message>
        <source>expected one of the choices of "%1" (%2); found "%3"</source>
        <translation>attendu l’un des choix de « %1 » (%2) ; trouvé « %3 »</translation>
    </message>
    <message>
        <source>urgency level id</source>
        <translation>identifiant de niveau d’urgence</translation>
    </message>
    <message>
        <source>unknown urgency level "%1"</source>
        <translation>niveau d’urgence « %1 » inconnu</translation>
    </message>
    <message>
        <source>missing: name the level used when no rule matches</source>
        <translation>manquant : indiquez le niveau utilisé quand aucune règle ne s’applique</translation>
    </message>
    <message>
        <source>a transfer needs a "target" (a directory person id)</source>
        <translation>un transfert a besoin d’une « target » (l’identifiant d’une personne de l’annuaire)</translation>
    </message>
    <message>
        <source>unknown directory person "%1"</source>
        <translation>personne « %1 » absente de l’annuaire</translation>
    </message>
    <message>
        <source>pageOnCall needs an on-call rota ("onCall" is empty)</source>
        <translation>pageOnCall a besoin d’un planning d’astreinte (« onCall » est vide)</translation>
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
        <source>day "%1" is listed twice</source>
        <translation>le jour « %1 » figure deux fois</translation>
    </message>
    <message>
        <source>unknown urgency level "%1" (or "*" for every level)</source>
        <translation>niveau d’urgence « %1 » inconnu (ou « * » pour tous les niveaux)</translation>
    </message>
    <message>
        <source>expected at least one channel: email, sms</source>
        <translation>attendu au moins un canal : email, sms</translation>
    </message>
    <message>
        <source>expected at least one recipient</source>
        <translation>attendu au moins un destinataire</translation>
    </message>
    <message>
        <source>"oncall" needs an on-call rota ("onCall" is empty)</source>
        <translation>« oncall » a besoin d’un planning d’astreinte (« onCall » est vide)</translation>
    </message>
    <message>
        <source>unknown directory person "%1" (or "oncall")</source>
        <translation>personne « %1 » absente de l’annuaire (ou « oncall »)</translation>
    </message>
    <message>
        <source>a digest needs "digestTimes"</source>
        <translation>un récapitulatif a besoin de « digestTimes »</translation>
    </message>
    <message>
        <source>"digestTimes" is only for a digest ("digest": true)</source>
        <translation>« digestTimes » n’existe que pour un récapitulatif (« digest »: true)</translation>
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
    <name>relais::ClientRepository</name>
    <message>
        <source>cannot commit client %1: %2</source>
        <translation>impossible de valider le client %1 : %2</translation>
    </message>
    <message>
        <source> (nothing was saved)</source>
        <translation> (rien n’a été enregistré)</translation>
    </message>
    <message>
        <source>cannot commit %1 clients: %2</source>
        <translation>impossible de valider %1 clients : %2</translation>
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
        <translation>impossible d’enregistrer le client %1 : %2</translation>
    </message>
    <message>
        <source>client %1 does not exist any more (this edit started from version %2)</source>
        <translation>le client %1 n’existe plus (cette modification partait de la version %2)</translation>
    </message>
    <message>
        <source>client %1 was changed meanwhile: version %2 was saved by %3 at %4, and this edit started from version %5; reload the client and apply the changes again</source>
        <translation>le client %1 a été modifié entre-temps : la version %2 a été enregistrée par %3 le %4, et cette modification partait de la version %5 ; rechargez le client et refaites les changements</translation>
    </message>
    <message>
        <source>dialed number %1 already belongs to client %2; it cannot also be given to %3</source>
        <translation>le numéro composé %1 appartient déjà au client %2 ; il ne peut pas aussi être donné à %3</translation>
    </message>
    <message>
        <source>cannot load the clients: %1</source>
        <translation>impossible de charger les clients : %1</translation>
    </message>
    <message>
        <source>cannot count the clients: %1</source>
        <translation>impossible de compter les clients : %1</translation>
    </message>
</context>
<context>
    <name>relais::ConsignesDecoder</name>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a code of 1 to 40 letters, digits, '-', '_' or '.'</source>
        <translation>un code de 1 à 40 lettres, chiffres, « - », « _ » ou « . »</translation>
    </message>
    <message>
        <source>an IANA time zone such as "Europe/Paris"</source>
        <translation>un fuseau horaire IANA comme « Europe/Paris »</translation>
    </message>
</context>
<context>
    <name>relais::ConsignesHistory</name>
    <message>
        <source>cannot list the versions of client %1: %2</source>
        <translation>impossible de lister les versions du client %1 : %2</translation>
    </message>
    <message>
        <source>no client with code %1</source>
        <translation>aucun client avec le code %1</translation>
    </message>
    <message>
        <source>cannot read version %1 of client %2: %3</source>
        <translation>impossible de lire la version %1 du client %2 : %3</translation>
    </message>
    <message>
        <source>client %1 has no version %2</source>
        <translation>le client %1 n’a pas de version %2</translation>
    </message>
</context>
<context>
    <name>relais::Database</name>
    <message>
        <source>the connection name '%1' is already in use</source>
        <translation>le nom de connexion « %1 » est déjà utilisé</translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation>le pilote Qt SQL %1 n’est pas installé</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>ouverture impossible : %1</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>connexion impossible : %1</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de commencer une transaction : %1</translation>
    </message>
</context>
<context>
    <name>relais::Differ</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
</context>
<context>
    <name>relais::JsonReader</name>
    <message>
        <source>no JSON value: the text is empty</source>
        <translation>aucune valeur JSON : le texte est vide</translation>
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
        <translation>attendu une valeur ; trouvé : %1</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <source>expected a key in double quotes; found %1</source>
        <translation>attendu une clé entre guillemets droits ; trouvé : %1</translation>
    </message>
    <message>
        <source>duplicate key "%1"</source>
        <translation>clé « %1 » en double</translation>
    </message>
    <message>
        <source>expected ':' after a key; found %1</source>
        <translation>attendu « : » après une clé ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected ',' or '}' in an object; found %1</source>
        <translation>attendu « , » ou « } » dans un objet ; trouvé : %1</translation>
    </message>
    <message>
        <source>expected ',' or ']' in an array; found %1</source>
        <translation>attendu « , » ou « ] » dans un tableau ; trouvé : %1</translation>
    </message>
    <message>
        <source>control character in a string (write it as an escape like \n)</source>
        <translation>caractère de contrôle dans une chaîne (écrivez-le en échappement, comme \n)</translation>
    </message>
    <message>
        <source>bad \u escape: expected 4 hexadecimal digits</source>
        <translation>échappement \u incorrect : attendu 4 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>bad \u escape: a lone low surrogate</source>
        <translation>échappement \u incorrect : demi-code bas isolé</translation>
    </message>
    <message>
        <source>bad \u escape: a high surrogate without its low half</source>
        <translation>échappement \u incorrect : demi-code haut sans sa moitié basse</translation>
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
        <translation>Impossible de lire les messages récents : %1</translation>
    </message>
    <message>
        <source>Close call tab</source>
        <translation>Fermer l’onglet d’appel</translation>
    </message>
    <message>
        <source>This call has not ended. Close its tab anyway?</source>
        <translation>Cet appel n’est pas terminé. Fermer quand même son onglet ?</translation>
    </message>
</context>
<context>
    <name>relais::MessageRepository</name>
    <message>
        <source>a message needs an id</source>
        <translation>un message a besoin d’un identifiant</translation>
    </message>
    <message>
        <source>cannot save message %1: %2</source>
        <translation>impossible d’enregistrer le message %1 : %2</translation>
    </message>
    <message>
        <source>cannot read the recent messages: %1</source>
        <translation>impossible de lire les messages récents : %1</translation>
    </message>
    <message>
        <source>cannot count the messages: %1</source>
        <translation>impossible de compter les messages : %1</translation>
    </message>
    <message>
        <source>cannot read the unfinished drafts: %1</source>
        <translation>impossible de lire les brouillons inachevés : %1</translation>
    </message>
    <message>
        <source>cannot read message %1: %2</source>
        <translation>impossible de lire le message %1 : %2</translation>
    </message>
</context>
<context>
    <name>relais::MigrationRunner</name>
    <message>
        <source>'%1' is not a migration name: expected NNNN_words.sql</source>
        <translation>« %1 » n’est pas un nom de migration : attendu NNNN_mots.sql</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>two migrations are numbered %1: %2 and %3</source>
        <translation>deux migrations portent le numéro %1 : %2 et %3</translation>
    </message>
    <message>
        <source>migration %1 is missing (found %2)</source>
        <translation>la migration %1 manque (trouvé : %2)</translation>
    </message>
    <message>
        <source>no migration found</source>
        <translation>aucune migration trouvée</translation>
    </message>
    <message>
        <source>unknown placeholder {{%1}} (known: {{id}}, {{blob}})</source>
        <translation>marqueur {{%1}} inconnu (connus : {{id}}, {{blob}})</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>impossible de lire la version du schéma : %1</translation>
    </message>
    <message>
        <source>the database schema is version %1, newer than this Relais knows (%2): upgrade Relais before using this database</source>
        <translation>le schéma de la base est en version %1, plus récente que celle que connaît ce Relais (%2) : mettez Relais à jour avant d’utiliser cette base</translation>
    </message>
    <message>
        <source>migration %1 failed, the schema stays at version %2: %3</source>
        <translation>la migration %1 a échoué, le schéma reste en version %2 : %3</translation>
    </message>
    <message>
        <source>statement %1 (%2): %3</source>
        <translation>instruction %1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>relais::Parser</name>
    <message>
        <source>empty database URL: expected sqlite:///path/file.db or postgresql://user@host/database</source>
        <translation>URL de base de données vide : attendu sqlite:///chemin/fichier.db ou postgresql://utilisateur@hôte/base</translation>
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
        <source>the URL contains the non-ASCII character '%1' (percent-encode it)</source>
        <translation>l’URL contient le caractère non ASCII « %1 » (encodez-le avec %)</translation>
    </message>
    <message>
        <source>not a database URL: expected sqlite:///path/file.db or postgresql://user@host/database</source>
        <translation>pas une URL de base de données : attendu sqlite:///chemin/fichier.db ou postgresql://utilisateur@hôte/base</translation>
    </message>
    <message>
        <source>unexpected '#' in the URL (percent-encode it as %23)</source>
        <translation>« # » inattendu dans l’URL (encodez-le en %23)</translation>
    </message>
    <message>
        <source>unknown scheme '%1': expected sqlite or postgresql</source>
        <translation>schéma « %1 » inconnu : attendu sqlite ou postgresql</translation>
    </message>
    <message>
        <source>a SQLite URL needs an absolute path: sqlite:///path/file.db (three slashes) or sqlite://~/file.db</source>
        <translation>une URL SQLite a besoin d’un chemin absolu : sqlite:///chemin/fichier.db (trois barres obliques) ou sqlite://~/fichier.db</translation>
    </message>
    <message>
        <source>SQLite takes no options after '?'</source>
        <translation>SQLite n’accepte pas d’options après « ? »</translation>
    </message>
    <message>
        <source>a SQLite URL names a local file, not a host: write sqlite:///path/file.db (three slashes)</source>
        <translation>une URL SQLite désigne un fichier local, pas un hôte : écrivez sqlite:///chemin/fichier.db (trois barres obliques)</translation>
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
        <source>expected '//' after the scheme: postgresql://user@host/database</source>
        <translation>attendu « // » après le schéma : postgresql://utilisateur@hôte/base</translation>
    </message>
    <message>
        <source>bad percent-escape in the user name</source>
        <translation>encodage % incorrect dans le nom d’utilisateur</translation>
    </message>
    <message>
        <source>empty user name before '@'</source>
        <translation>nom d’utilisateur vide avant « @ »</translation>
    </message>
    <message>
        <source>bad percent-escape in the password</source>
        <translation>encodage % incorrect dans le mot de passe</translation>
    </message>
    <message>
        <source>missing database name: postgresql://user@host/database</source>
        <translation>nom de base manquant : postgresql://utilisateur@hôte/base</translation>
    </message>
    <message>
        <source>the database name '%1' contains '/'</source>
        <translation>le nom de base « %1 » contient « / »</translation>
    </message>
    <message>
        <source>bad percent-escape in the database name</source>
        <translation>encodage % incorrect dans le nom de base</translation>
    </message>
    <message>
        <source>missing ']' after the IPv6 address</source>
        <translation>« ] » manquant après l’adresse IPv6</translation>
    </message>
    <message>
        <source>unexpected '%1' after the IPv6 address</source>
        <translation>« %1 » inattendu après l’adresse IPv6</translation>
    </message>
    <message>
        <source>bad IPv6 address '%1'</source>
        <translation>adresse IPv6 « %1 » incorrecte</translation>
    </message>
    <message>
        <source>bad host name '%1': unexpected '%2'</source>
        <translation>nom d’hôte « %1 » incorrect : « %2 » inattendu</translation>
    </message>
    <message>
        <source>missing host: postgresql://user@host/database</source>
        <translation>hôte manquant : postgresql://utilisateur@hôte/base</translation>
    </message>
    <message>
        <source>missing port number after ':'</source>
        <translation>numéro de port manquant après « : »</translation>
    </message>
    <message>
        <source>port '%1' is not a number</source>
        <translation>le port « %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>port %1 is out of range (1–65535)</source>
        <translation>le port %1 est hors limites (1–65535)</translation>
    </message>
    <message>
        <source>empty option between '&amp;'</source>
        <translation>option vide entre deux « &amp; »</translation>
    </message>
    <message>
        <source>unknown option '%1' (known: %2)</source>
        <translation>option « %1 » inconnue (connues : %2)</translation>
    </message>
    <message>
        <source>option '%1' has no value</source>
        <translation>l’option « %1 » n’a pas de valeur</translation>
    </message>
    <message>
        <source>option '%1' is given twice</source>
        <translation>l’option « %1 » est donnée deux fois</translation>
    </message>
    <message>
        <source>bad percent-escape in option '%1'</source>
        <translation>encodage % incorrect dans l’option « %1 »</translation>
    </message>
    <message>
        <source>option '%1' contains ';'</source>
        <translation>l’option « %1 » contient « ; »</translation>
    </message>
    <message>
        <source>sslmode '%1' is not one of %2</source>
        <translation>sslmode « %1 » n’est pas l’une des valeurs %2</translation>
    </message>
    <message>
        <source>connect_timeout '%1' is not a number of seconds (0–3600)</source>
        <translation>connect_timeout « %1 » n’est pas un nombre de secondes (0–3600)</translation>
    </message>
</context>
<context>
    <name>relais::PhoneNumbers</name>
    <message>
        <source>empty number</source>
        <translation>numéro vide</translation>
    </message>
    <message>
        <source>not a phone number: too long (%1 characters)</source>
        <translation>pas un numéro de téléphone : trop long (%1 caractères)</translation>
    </message>
    <message>
        <source>not a phone number: contains letters</source>
        <translation>pas un numéro de téléphone : contient des lettres</translation>
    </message>
    <message>
        <source>not a phone number: unexpected character at position %1</source>
        <translation>pas un numéro de téléphone : caractère inattendu en position %1</translation>
    </message>
    <message>
        <source>not a phone number: no digits</source>
        <translation>pas un numéro de téléphone : aucun chiffre</translation>
    </message>
    <message>
        <source>not a phone number: unknown country code</source>
        <translation>pas un numéro de téléphone : indicatif de pays inconnu</translation>
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
        <translation>Aucun client n’a ce numéro. Ne nommez aucun client : décrochez avec un accueil neutre, puis choisissez le client ci-dessous si l’appelant dit qui il cherche à joindre.</translation>
    </message>
    <message>
        <source>Greeting caption</source>
        <translation>Titre de l’accueil</translation>
    </message>
    <message>
        <source>Say on pick-up:</source>
        <translation>À dire en décrochant :</translation>
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
        <source>Caller's history</source>
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
        <source>Client's FAQ</source>
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
        <source>This caller's earlier messages</source>
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
        <translation>Appelant : %1</translation>
    </message>
    <message>
        <source>hidden number</source>
        <translation>numéro masqué</translation>
    </message>
    <message>
        <source>Dialed: %1</source>
        <translation>Numéro composé : %1</translation>
    </message>
    <message>
        <source>Known contact: %1</source>
        <translation>Contact connu : %1</translation>
    </message>
    <message>
        <source>If the call overflowed from the client's switchboard: %1</source>
        <translation>Si l’appel déborde du standard du client : %1</translation>
    </message>
    <message>
        <source>Unknown number: %1</source>
        <translation>Numéro inconnu : %1</translation>
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
        <translation>Aucune règle d’urgence : prise de message seulement</translation>
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
        <translation>Asterisk déconnecté : %1</translation>
    </message>
    <message>
        <source>Asterisk unreachable: %1</source>
        <translation>Asterisk injoignable : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to sync</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
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
</context>
<context>
    <name>relais::MessageForm</name>
    <message>
        <source>Caller's words</source>
        <translation>Paroles de l’appelant</translation>
    </message>
    <message>
        <source>The caller's words, as said</source>
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
        <translation>Cet appel est maintenant affiché pour %1, mais ce formulaire est pour %2 : l’enregistrement demandera confirmation.</translation>
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
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Actions: %1</source>
        <translation>Actions : %1</translation>
    </message>
    <message>
        <source>Unfinished draft reopened</source>
        <translation>Brouillon inachevé rouvert</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Le brouillon n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Brouillon enregistré</translation>
    </message>
    <message>
        <source>Required, not answered: %1.</source>
        <translation>Obligatoire, sans réponse : %1.</translation>
    </message>
    <message>
        <source>To correct: %1.</source>
        <translation>À corriger : %1.</translation>
    </message>
    <message>
        <source>Message saved</source>
        <translation>Message enregistré</translation>
    </message>
    <message>
        <source>Message saved, incomplete: the caller hung up</source>
        <translation>Message enregistré, incomplet : l’appelant a raccroché</translation>
    </message>
    <message>
        <source>Closed as filtered (%1)</source>
        <translation>Clos comme filtré (%1)</translation>
    </message>
    <message>
        <source>The message was NOT saved: %1</source>
        <translation>Le message n’a PAS été enregistré : %1</translation>
    </message>
    <message>
        <source>This form is for %1, but the call is now shown for %2. Save the message for %1?</source>
        <translation>Ce formulaire est pour %1, mais l’appel est maintenant affiché pour %2. Enregistrer le message pour %1 ?</translation>
    </message>
    <message>
        <source>Save for another client?</source>
        <translation>Enregistrer pour un autre client ?</translation>
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
        <translation>mot-clé « %1 »</translation>
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
        <translation>Urgence : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Why: %1 (%2)</source>
        <translation>Pourquoi : %1 (%2)</translation>
    </message>
    <message>
        <source>No urgency rule holds: the default level applies.</source>
        <translation>Aucune règle d’urgence ne s’applique : le niveau par défaut est retenu.</translation>
    </message>
    <message>
        <source>Filtered: %1 (%2). Say: “%3”</source>
        <translation>Filtré : %1 (%2). Dire : « %3 »</translation>
    </message>
</context>
</TS>
