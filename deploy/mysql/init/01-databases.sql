-- Run once by the mysql image on an empty data volume, as root, after it has created the app
-- user from MYSQL_USER/MYSQL_PASSWORD (docker-compose.yml fixes MYSQL_USER to hpig).
-- One database per subgraph, named as the subgraph; utf8mb4 so Vietnamese text round-trips
-- (the services refuse to start on any other character set). Tables come from each service's
-- own TypeORM migrations at start.

CREATE DATABASE IF NOT EXISTS `plan` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON `plan`.* TO 'hpig'@'%';
