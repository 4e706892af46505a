/**
 * Whose `pass` or `pwd` a name's last word is (`DB_PASS`, `ADMIN_PASS`, `SMTP_PWD`): an account's, not a step's; also
 * a tool's (`sshpass`, `SSHPASS`, `ansible_become_pass`, `sudo_pass`).
 */
export const PASS_OWNERS = new RegExp(
  '(?:db|user|admin|root|smtp|imap|pop|pop3|mail|email|mysql|postgres|pg|redis|ftp|sftp|ldap|bind|sql|proxy|vpn|wifi|' +
    'master|login|account|service|svc|superuser|super|ssh|become|sudo|vnc|rdp|smb|sip|xmpp|erlang|' +
    // Attack 36's (`smtp_relay_pass`), and the other accounts and stores a `pass` is kept for: whole words that end no
    // common word (not `store`: `restore`; `server`: `observer`; `cert`: `concert`; `old`, `current`, `bot`, `zip`).
    'relay|keystore|truststore|jks|p12|pfx|keychain|wallet|archive|nas|router|jenkins|grafana|rabbitmq|amqp|mongo|' +
    'mongodb|elastic|kibana|keycloak|oracle|mssql|mariadb|guest|backup|deploy|broker|registry|docker|nexus|' +
    'artifactory|sonar|vault|influx|kafka|mqtt|ipmi|bmc|idrac|camera|nvr|printer|portal|webmin|unifi|openvpn|wpa|psk|' +
    'domain|remote|device|tenant|shared|default|initial|encryption|signing)$',
);
