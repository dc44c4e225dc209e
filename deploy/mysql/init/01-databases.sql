-- Run once by the mariadb image on an empty data volume, as root, after it has created the app
-- user from MARIADB_USER/MARIADB_PASSWORD (docker-compose.yml fixes MARIADB_USER to hpig).
-- One database per subgraph, named as the subgraph; utf8mb4 so Vietnamese text round-trips
-- (the services refuse to start on any other character set). Tables come from each service's
-- own TypeORM migrations at start.

CREATE DATABASE IF NOT EXISTS `plan` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON `plan`.* TO 'hpig'@'%';
CREATE DATABASE IF NOT EXISTS `industry` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON `industry`.* TO 'hpig'@'%';
CREATE DATABASE IF NOT EXISTS `investment` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON `investment`.* TO 'hpig'@'%';
CREATE DATABASE IF NOT EXISTS `labour` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON `labour`.* TO 'hpig'@'%';
CREATE DATABASE IF NOT EXISTS `environment` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON `environment`.* TO 'hpig'@'%';
CREATE DATABASE IF NOT EXISTS `science` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON `science`.* TO 'hpig'@'%';
CREATE DATABASE IF NOT EXISTS `agriculture` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON `agriculture`.* TO 'hpig'@'%';
