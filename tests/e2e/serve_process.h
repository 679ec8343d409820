// Test helpers for the end-to-end serve tests: run the real `faultline` binary, start
// `faultline serve --port 0` and learn its port from the URL it prints, and one shared
// store filled by the real `faultline ingest` from examples/.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

#include <httplib.h>

namespace faultline::e2e {

// Runs `faultline args...` to completion; returns its exit status (-1 if it did not run).
int RunFaultline(const std::vector<std::string>& args);

class ServeProcess {
 public:
  ServeProcess() = default;
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;
  ~ServeProcess() { Stop(); }

  // Starts `faultline serve --db DB --port 0 extra...`; false (with the reason in
  // *error) when it exits or prints no URL within 60 s.
  bool Start(const std::string& db, const std::vector<std::string>& extra, std::string* error);
  // SIGTERM and wait; returns the exit status.
  int Stop();

  int port() const { return port_; }
  httplib::Client Client() const;

 private:
  pid_t pid_ = -1;
  int port_ = 0;
};

// A scratch directory for this test run, removed at exit.
const std::string& ScratchDir();

// The store filled from examples/ (once per test binary) and a server over it, read-only.
ServeProcess& ExamplesServer();

}  // namespace faultline::e2e
