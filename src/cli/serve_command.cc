// `faultline serve`: the JSON API and the dashboard over a store (src/serve/).
#include <csignal>
#include <cstdio>
#include <thread>

#include "cli/commands.h"
#include "serve/server.h"

namespace faultline::cli {
namespace {

struct ServeArgs {
  serve::ServeOptions options;
  int query_ms = 2000;
};

int RunServe(ServeArgs args) {
  serve::ServeOptions& o = args.options;
  o.roots = serve::DefaultStaticRoots();
  o.api.query_budget = std::chrono::milliseconds(args.query_ms);
  o.api.export_budget = std::chrono::milliseconds(args.query_ms * 5);
  if (!serve::IsLoopback(o.bind)) {
    std::fprintf(stderr, "faultline serve: warning: listening on %s, reachable from other "
                         "machines\n", o.bind.c_str());
  }
  // SIGINT and SIGTERM are blocked before any worker thread exists (threads inherit the
  // mask) and taken by one thread with sigwait, which can then stop the server safely.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  std::unique_ptr<serve::Server> server;
  Status s = serve::Server::Create(o, &server);
  if (!s.ok()) {
    std::fprintf(stderr, "faultline serve: %s\n", s.ToString().c_str());
    return 2;
  }
  std::thread waiter([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    server->Stop();
  });
  std::printf("faultline: serving %s on %s (Ctrl-C stops)\n", o.db_path.c_str(),
              server->url().c_str());
  std::fflush(stdout);
  const bool ok = server->Run();
  // Run can also end without a signal (a listen failure): wake the waiter to let it exit.
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  return ok ? 0 : 1;
}

}  // namespace

void RegisterServe(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ServeArgs>();
  serve::ServeOptions& o = args->options;
  CLI::App* cmd = app.add_subcommand("serve", "Serve the JSON API and the dashboard over a store");
  cmd->add_option("--db", o.db_path, "SQLite store")->required();
  cmd->add_option("--bind", o.bind, "Address to listen on (default 127.0.0.1, loopback only)");
  cmd->add_option("--port", o.port, "Port; 0 picks a free one (default 8080)")
      ->check(CLI::Range(0, 65535));
  cmd->add_flag("--allow-ingest", o.allow_ingest,
                "Accept POST /api/ingest (JSON Lines articles) with the --token");
  cmd->add_option("--token", o.token, "Bearer token for ingest (at least 16 characters)")
      ->envname("FAULTLINE_TOKEN");
  cmd->add_option("--threads", o.threads, "Worker threads and store connections (default 8)")
      ->check(CLI::Range(1, 256));
  cmd->add_option("--query-ms", args->query_ms, "Time budget per query in ms (default 2000)")
      ->check(CLI::Range(10, 600000));
  cmd->add_flag("--access-log", o.access_log, "Log each request to stderr");
  cmd->callback([args, exit_code] { *exit_code = RunServe(*args); });
}

}  // namespace faultline::cli
