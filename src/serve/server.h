// `faultline serve`: the HTTP layer. Layers, outermost first:
//   1. httplib: sockets, a fixed worker pool, body-size and timeout limits;
//   2. pre-routing: Host check against DNS rebinding on loopback, method check;
//   3. routing: a fixed table of API paths and the static dashboard files;
//   4. params.h: every parameter validated (400 with a message naming it);
//   5. api.h: handlers over a pooled store connection with a per-query time budget;
//   6. json_out.h: one writer per record type.
// Loopback by default and read-only unless started with --allow-ingest and a token.
#pragma once

#include <memory>
#include <string>

#include "faultline/status.h"
#include "serve/api.h"
#include "serve/static_files.h"

namespace faultline::serve {

struct ServeOptions {
  std::string db_path;
  std::string bind = "127.0.0.1";
  int port = 8080;  // 0: any free port (see Server::port)
  bool allow_ingest = false;
  std::string token;
  StaticRoots roots;
  int threads = 8;
  size_t max_body_bytes = 8u << 20;
  bool access_log = false;
  ApiOptions api;
};

// The compiled-in default folders (web/ and node_modules/ of the source tree), unless
// $FAULTLINE_WEB or $FAULTLINE_NODE_MODULES say otherwise.
StaticRoots DefaultStaticRoots();

// True for 127.0.0.0/8, ::1 and "localhost".
bool IsLoopback(const std::string& host);

class Server {
 public:
  ~Server();
  // Opens the store connections (and the pipeline with --allow-ingest) and binds.
  static Status Create(const ServeOptions& options, std::unique_ptr<Server>* server);

  int port() const;
  // "http://127.0.0.1:8080/"
  std::string url() const;
  // Serves until Stop; false when the server could not run.
  bool Run();
  // Safe from another thread.
  void Stop();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace faultline::serve
