# All third-party packages, found once. Versions are Debian bookworm's.
find_package(PkgConfig REQUIRED)
find_package(nlohmann_json 3.11 REQUIRED)
find_package(OpenSSL 3 REQUIRED)
find_package(ZLIB REQUIRED)
find_package(zstd CONFIG REQUIRED)
find_package(LibArchive 3.6 REQUIRED)
find_package(PostgreSQL REQUIRED)
find_package(Threads REQUIRED)
# libpqxx 6.4 ships no CMake config, and its .pc does not add -lpq.
pkg_check_modules(PQXX REQUIRED IMPORTED_TARGET libpqxx>=6.4)
find_package(Poco 1.11 REQUIRED COMPONENTS Foundation Net NetSSL Util JSON Crypto)
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Network Sql Test Charts Concurrent)
# AUTOMOC is switched on only for the Qt targets (app, tests), so non-Qt libraries build
# without waiting on autogen steps.
