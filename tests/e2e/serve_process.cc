#include "e2e/serve_process.h"

#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <regex>

#include <gtest/gtest.h>

#include "util/temp_dir.h"

extern char** environ;

namespace faultline::e2e {
namespace {

std::vector<char*> Argv(std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  return argv;
}

}  // namespace

int RunFaultline(const std::vector<std::string>& args) {
  std::vector<std::string> all = {FAULTLINE_BIN};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv = Argv(all);
  pid_t pid = 0;
  if (posix_spawn(&pid, FAULTLINE_BIN, nullptr, nullptr, argv.data(), environ) != 0) return -1;
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

bool ServeProcess::Start(const std::string& db, const std::vector<std::string>& extra,
                         std::string* error) {
  int fds[2];
  if (pipe(fds) != 0) {
    *error = "pipe failed";
    return false;
  }
  std::vector<std::string> args = {FAULTLINE_BIN, "serve", "--db", db, "--port", "0"};
  args.insert(args.end(), extra.begin(), extra.end());
  std::vector<char*> argv = Argv(args);
  // fork rather than posix_spawn so the child can ask to be stopped if this test binary
  // dies first (PR_SET_PDEATHSIG): a crashed test must not leave a server running.
  pid_ = fork();
  if (pid_ == 0) {
    prctl(PR_SET_PDEATHSIG, SIGTERM);
    dup2(fds[1], STDOUT_FILENO);
    close(fds[0]);
    close(fds[1]);
    execv(FAULTLINE_BIN, argv.data());
    _exit(127);
  }
  close(fds[1]);
  if (pid_ < 0) {
    close(fds[0]);
    pid_ = -1;
    *error = "cannot run " FAULTLINE_BIN;
    return false;
  }
  // The server prints "faultline: serving DB on http://127.0.0.1:PORT/ ..." once bound.
  std::string out;
  const std::regex url(R"(http://127\.0\.0\.1:(\d+)/)");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  std::smatch m;
  while (!std::regex_search(out, m, url)) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    pollfd p{fds[0], POLLIN, 0};
    if (left.count() <= 0 || poll(&p, 1, static_cast<int>(left.count())) <= 0) {
      *error = "no URL printed; output so far: " + out;
      break;
    }
    char buf[512];
    const ssize_t n = read(fds[0], buf, sizeof buf);
    if (n <= 0) {
      *error = "serve exited; output: " + out;
      break;
    }
    out.append(buf, static_cast<size_t>(n));
  }
  close(fds[0]);
  if (!std::regex_search(out, m, url)) {
    Stop();
    return false;
  }
  port_ = std::stoi(m[1].str());
  return true;
}

int ServeProcess::Stop() {
  if (pid_ <= 0) return -1;
  kill(pid_, SIGTERM);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

httplib::Client ServeProcess::Client() const {
  httplib::Client c("127.0.0.1", port_);
  c.set_read_timeout(30, 0);
  return c;
}

const std::string& ScratchDir() {
  // Removed with its contents at exit, after the examples server, whose exit handler is
  // registered later and so runs first, has let go of its database.
  static const TempDir dir("fl-serve-e2e");
  static const std::string path = dir.path();
  return path;
}

ServeProcess& ExamplesServer() {
  static ServeProcess* server = [] {
    auto* s = new ServeProcess();
    const std::string db = ScratchDir() + "/examples.db";
    const int ingest = RunFaultline({"ingest", "--db", db, FAULTLINE_SOURCE_DIR "/examples"});
    if (ingest != 0) {
      ADD_FAILURE() << "faultline ingest failed with " << ingest;
      return s;
    }
    std::string error;
    if (!s->Start(db, {}, &error)) ADD_FAILURE() << "faultline serve: " << error;
    std::atexit([] { ExamplesServer().Stop(); });
    return s;
  }();
  return *server;
}

}  // namespace faultline::e2e
