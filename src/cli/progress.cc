#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>

namespace faultline::cli {

Progress::Progress(size_t total)
    : enabled_(isatty(STDERR_FILENO) != 0),
      total_(total),
      start_(std::chrono::steady_clock::now()),
      last_(start_) {}

void Progress::Update(size_t done) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  double secs = std::chrono::duration<double>(now - start_).count();
  double rate = secs > 0 ? static_cast<double>(done) / secs : 0;
  if (total_ > 0 && rate > 0) {
    double eta = static_cast<double>(total_ - done) / rate;
    std::fprintf(stderr, "\r%zu/%zu articles  %.0f/s  ETA %.0fs   ", done, total_, rate, eta);
  } else {
    std::fprintf(stderr, "\r%zu articles  %.0f/s   ", done, rate);
  }
  std::fflush(stderr);
}

void Progress::Finish(size_t done) {
  if (!enabled_) return;
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  std::fprintf(stderr, "\r%zu articles in %.1fs                    \n", done, secs);
}

}  // namespace faultline::cli
