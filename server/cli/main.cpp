// concord-server: a thin shell over the server libraries.
#include <iostream>
#include <string>

#include "cli/commands.h"

namespace {

void usage(std::ostream& out) {
  out << "usage: concord-server COMMAND [options]\n"
         "\n"
         "commands:\n"
         "  migrate        --db URI                       apply pending schema migrations\n"
         "  serve          --db URI [--listen HOST:PORT]   run the REST server (TLS by default)\n"
         "                 [--tls-cert F --tls-key F | --plain-http] [--state-dir DIR]\n"
         "                 [--threads N] [--pool N]\n"
         "  create-user    --db URI --username U --role clinician|data_lead|admin\n"
         "                 [--specialty S ...] [--display-name N]   (password read from stdin)\n"
         "  create-project --db URI --slug S --name N --schema FILE [--overlap K] [--gold-rate R]\n"
         "  import-cases   --db URI --project S --file CASES.jsonl   (see docs/case-import.md)\n"
         "  assign         --db URI --project S --clinicians a,b,c\n"
         "  load-demo      --db URI --dir resources/demo   users, project, cases, assignments\n"
         "\n"
         "import-cases, assign, load-demo and serve use the pseudonymisation secret in\n"
         "STATE_DIR/pseudonym.key (created on first use; --state-dir or --secret-file).\n"
         "\n"
         "--db may be omitted when CONCORD_DB_URL is set.\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    usage(std::cerr);
    return 2;
  }
  std::string command = argv[1];
  try {
    if (command == "migrate") return concord::cli::runMigrate(argc, argv);
    if (command == "serve") return concord::cli::runServe(argc, argv);
    if (command == "create-user") return concord::cli::runCreateUser(argc, argv);
    if (command == "create-project") return concord::cli::runCreateProject(argc, argv);
    if (command == "assign") return concord::cli::runAssign(argc, argv);
    if (command == "import-cases") return concord::cli::runImportCases(argc, argv);
    if (command == "load-demo") return concord::cli::runLoadDemo(argc, argv);
    if (command == "--help" || command == "-h" || command == "help") {
      usage(std::cout);
      return 0;
    }
    std::cerr << "concord-server: unknown command '" << command << "'\n";
    usage(std::cerr);
    return 2;
  } catch (const std::invalid_argument& e) {
    std::cerr << "concord-server " << command << ": " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "concord-server " << command << ": " << e.what() << "\n";
    return 1;
  }
}
