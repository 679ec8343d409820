#include "serve/server.h"

#include <httplib.h>

#include <cstdio>
#include <cstdlib>

#include "serve/connection_pool.h"
#include "serve/ingest.h"

namespace faultline::serve {
namespace {

void Send(const ApiResponse& r, httplib::Response& res) {
  res.status = r.status;
  res.set_content(r.body, r.content_type);
  res.set_header("Cache-Control", "no-store");
  if (!r.download_name.empty()) {
    res.set_header("Content-Disposition", "attachment; filename=\"" + r.download_name + "\"");
  }
}

// The host part of a Host header: "127.0.0.1:8080" -> "127.0.0.1", "[::1]:80" -> "::1".
std::string HostName(const std::string& host) {
  if (!host.empty() && host[0] == '[') {
    const size_t close = host.find(']');
    return close == std::string::npos ? host : host.substr(1, close - 1);
  }
  return host.substr(0, host.find(':'));
}

// Headers on every response: the dashboard loads nothing from elsewhere, is never framed,
// and browsers must not guess content types.
httplib::Headers SecurityHeaders() {
  return {
      {"X-Content-Type-Options", "nosniff"},
      {"X-Frame-Options", "DENY"},
      {"Referrer-Policy", "no-referrer"},
      {"Content-Security-Policy",
       "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"},
  };
}

// Messages for the errors httplib raises itself, before any handler runs.
std::string StatusText(int status) {
  switch (status) {
    case 400: return "bad request";
    case 404: return "not found";
    case 413: return "request body too large";
    case 414: return "request URI too long";
    case 416: return "range not satisfiable";
    case 503: return "server busy";
    default: return "HTTP error " + std::to_string(status);
  }
}

}  // namespace

StaticRoots DefaultStaticRoots() {
  StaticRoots r;
  const char* web = std::getenv("FAULTLINE_WEB");
  const char* nm = std::getenv("FAULTLINE_NODE_MODULES");
  r.web_dir = web && *web ? web : FAULTLINE_WEB_DIR;
  r.node_modules = nm && *nm ? nm : FAULTLINE_NODE_MODULES_DIR;
  return r;
}

bool IsLoopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

struct Server::Impl {
  ServeOptions options;
  httplib::Server http;
  ConnectionPool pool;
  std::unique_ptr<Api> api;
  std::unique_ptr<Ingestor> ingestor;
  int port = 0;

  void Routes();
  void Static(const httplib::Request& req, httplib::Response& res);
  void IngestRoute(const httplib::Request& req, httplib::Response& res);
  httplib::Server::HandlerResponse PreRouting(const httplib::Request& req,
                                              httplib::Response& res);
};

void Server::Impl::Routes() {
  // Each API route leases a connection for the request and calls one handler.
  auto route = [this](auto handler) {
    return [this, handler](const httplib::Request& req, httplib::Response& res) {
      auto c = pool.Acquire();
      Send(handler(req, *c), res);
    };
  };
  http.Get("/api/events", route([this](const httplib::Request& q, Connection& c) {
    return api->Events(q.params, c);
  }));
  http.Get(R"(/api/events/([^/]*))", route([this](const httplib::Request& q, Connection& c) {
    return api->Event(q.matches[1].str(), q.params, c);
  }));
  http.Get(R"(/api/articles/([^/]*))", route([this](const httplib::Request& q, Connection& c) {
    return api->Article(q.matches[1].str(), q.params, c);
  }));
  http.Get("/api/places", route([this](const httplib::Request& q, Connection& c) {
    return api->Places(q.params, c);
  }));
  http.Get("/api/series", route([this](const httplib::Request& q, Connection& c) {
    return api->Series(q.params, c);
  }));
  http.Get("/api/quotes", route([this](const httplib::Request& q, Connection& c) {
    return api->Quotes(q.params, c);
  }));
  http.Get("/api/alerts", route([this](const httplib::Request& q, Connection& c) {
    return api->Alerts(q.params, c);
  }));
  http.Get("/api/export", route([this](const httplib::Request& q, Connection& c) {
    return api->Export(q.params, c);
  }));
  http.Get("/api/stats", route([this](const httplib::Request& q, Connection& c) {
    return api->Stats(q.params, c);
  }));
  http.Get("/api(/.*)?", [](const httplib::Request&, httplib::Response& res) {
    Send(ErrorResponse(404, "unknown API endpoint"), res);
  });
  http.Post("/api/ingest", [this](const httplib::Request& req, httplib::Response& res) {
    IngestRoute(req, res);
  });
  http.Get("/.*", [this](const httplib::Request& req, httplib::Response& res) {
    Static(req, res);
  });
}

void Server::Impl::Static(const httplib::Request& req, httplib::Response& res) {
  StaticFile f = ResolveStatic(options.roots, req.path);
  std::string body;
  if (f.status == 200 && !ReadFile(f.path, &body)) {
    f.status = 404;
    f.error = "not found";
  }
  if (f.status != 200) {
    Send(ErrorResponse(f.status, f.error), res);
    return;
  }
  res.set_content(std::move(body), f.content_type);
  // Vendor files change only with package-lock.json; the dashboard's own files may be
  // edited while serving, so the browser revalidates them.
  res.set_header("Cache-Control", req.path.rfind("/vendor/", 0) == 0 ? "max-age=3600" : "no-cache");
}

void Server::Impl::IngestRoute(const httplib::Request& req, httplib::Response& res) {
  if (!ingestor) {
    Send(ErrorResponse(403, "ingest is disabled; start faultline serve with --allow-ingest "
                            "--token T"),
         res);
    return;
  }
  if (!TokenMatches(req.get_header_value("Authorization"), options.token)) {
    res.set_header("WWW-Authenticate", "Bearer");
    Send(ErrorResponse(401, "missing or wrong token: send Authorization: Bearer <token>"), res);
    return;
  }
  auto c = pool.Acquire();
  Send(ingestor->Ingest(req.body, *c->store), res);
}

httplib::Server::HandlerResponse Server::Impl::PreRouting(const httplib::Request& req,
                                                          httplib::Response& res) {
  // A page on another site can point a name it controls at 127.0.0.1 (DNS rebinding); its
  // requests then carry that name in Host. A loopback server answers loopback names only.
  if (IsLoopback(options.bind) && req.has_header("Host") &&
      !IsLoopback(HostName(req.get_header_value("Host")))) {
    Send(ErrorResponse(403, "unexpected Host header; use http://127.0.0.1 or localhost"), res);
    return httplib::Server::HandlerResponse::Handled;
  }
  const bool read = req.method == "GET" || req.method == "HEAD";
  if (!read && !(req.method == "POST" && req.path == "/api/ingest")) {
    res.set_header("Allow", "GET, HEAD");
    Send(ErrorResponse(405, "method not allowed"), res);
    return httplib::Server::HandlerResponse::Handled;
  }
  return httplib::Server::HandlerResponse::Unhandled;
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() = default;

Status Server::Create(const ServeOptions& options, std::unique_ptr<Server>* out) {
  if (options.allow_ingest && options.token.size() < 16) {
    return Status::InvalidInput("--allow-ingest needs --token with at least 16 characters");
  }
  if (options.threads < 1 || options.threads > 256) {
    return Status::InvalidInput("--threads must be from 1 to 256");
  }
  auto impl = std::make_unique<Impl>();
  Impl& s = *impl;
  s.options = options;
  s.options.api.ingest_enabled = options.allow_ingest;
  s.api = std::make_unique<Api>(s.options.api);
  FL_RETURN_IF_ERROR(s.pool.Open(options.db_path, options.threads));
  if (options.allow_ingest) FL_RETURN_IF_ERROR(Ingestor::Create(&s.ingestor));

  const int threads = options.threads;
  s.http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  s.http.set_payload_max_length(options.max_body_bytes);
  s.http.set_read_timeout(10, 0);
  s.http.set_write_timeout(10, 0);
  s.http.set_keep_alive_max_count(1000);
  s.http.set_default_headers(SecurityHeaders());
  s.http.set_pre_routing_handler(
      [&s](const httplib::Request& req, httplib::Response& res) { return s.PreRouting(req, res); });
  // httplib's own errors (413 body too large, 414 URI too long, 404) get a JSON body too;
  // responses that already have one are left alone.
  s.http.set_error_handler(httplib::Server::HandlerWithResponse(
      [](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        res.set_content(ErrorBody(StatusText(res.status)), "application/json");
        return httplib::Server::HandlerResponse::Handled;
      }));
  s.http.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
        try {
          if (ep) std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          std::fprintf(stderr, "faultline serve: internal error: %s\n", e.what());
        } catch (...) {
          std::fprintf(stderr, "faultline serve: internal error\n");
        }
        Send(ErrorResponse(500, "internal error"), res);
      });
  if (options.access_log) {
    s.http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      std::fprintf(stderr, "%s %s %d %zu\n", req.method.c_str(), req.path.c_str(), res.status,
                   res.body.size());
    });
  }
  s.Routes();
  if (options.port == 0) {
    s.port = s.http.bind_to_any_port(options.bind);
    if (s.port <= 0) return Status::IoError("cannot bind " + options.bind);
  } else {
    if (!s.http.bind_to_port(options.bind, options.port)) {
      return Status::IoError("cannot bind " + options.bind + ":" + std::to_string(options.port) +
                             " (in use?)");
    }
    s.port = options.port;
  }
  *out = std::unique_ptr<Server>(new Server(std::move(impl)));
  return Status::Ok();
}

int Server::port() const { return impl_->port; }

std::string Server::url() const {
  const std::string& b = impl_->options.bind;
  std::string host = b == "0.0.0.0" ? "127.0.0.1" : b == "::" ? "[::1]" : b;
  if (host.find(':') != std::string::npos && host[0] != '[') host = "[" + host + "]";
  return "http://" + host + ":" + std::to_string(impl_->port) + "/";
}

bool Server::Run() { return impl_->http.listen_after_bind(); }

void Server::Stop() { impl_->http.stop(); }

}  // namespace faultline::serve
