#include "pipeline/batch_runner.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace faultline {

// One pool of worker threads for the whole stream, and a sliding window of `batch`
// documents instead of batch-by-batch rounds: the calling thread reads articles into free
// slots and hands finished ones to the sink in input order while the workers keep coding,
// so no worker waits for the slowest article of a batch, for the sink or for the reader.
// The reader and the sink run only on the calling thread, as before.
size_t RunBatches(const Pipeline& pipeline, ArticleReader& reader, const BatchOptions& options,
                  const std::function<void(Document&)>& sink) {
  const unsigned threads = options.threads == 0 ? 1 : options.threads;
  if (threads == 1) {
    Document doc;
    size_t total = 0;
    while (reader.Next(doc)) {
      pipeline.Process(doc);
      sink(doc);
      ++total;
    }
    return total;
  }
  const size_t window = std::max<size_t>(options.batch, threads);
  std::vector<Document> ring(window);
  std::vector<char> done(window, 0);
  std::mutex mu;
  std::condition_variable work_cv, done_cv;
  size_t read = 0;       // documents read so far (slot = index % window)
  size_t taken = 0;      // documents a worker has started
  size_t sunk = 0;       // documents handed to the sink
  bool eof = false;
  std::vector<std::thread> workers;
  workers.reserve(threads);
  for (unsigned t = 0; t < threads; ++t) {
    workers.emplace_back([&] {
      std::unique_lock<std::mutex> lock(mu);
      for (;;) {
        work_cv.wait(lock, [&] { return taken < read || eof; });
        if (taken >= read) return;  // eof and nothing left
        const size_t slot = taken++ % window;
        lock.unlock();
        pipeline.Process(ring[slot]);
        lock.lock();
        done[slot] = 1;
        if (slot == sunk % window) done_cv.notify_one();
      }
    });
  }
  std::unique_lock<std::mutex> lock(mu);
  for (;;) {
    // Hand over everything finished, in order.
    while (sunk < read && done[sunk % window]) {
      const size_t slot = sunk % window;
      lock.unlock();
      sink(ring[slot]);
      lock.lock();
      done[slot] = 0;
      ++sunk;
    }
    if (!eof && read - sunk < window) {
      // The slot is free: no worker touches it until `read` is advanced.
      const size_t slot = read % window;
      lock.unlock();
      const bool more = reader.Next(ring[slot]);
      lock.lock();
      if (more) {
        ++read;
        work_cv.notify_one();
      } else {
        eof = true;
        work_cv.notify_all();
      }
      continue;
    }
    if (eof && sunk == read) break;
    done_cv.wait(lock, [&] { return done[sunk % window] != 0; });
  }
  lock.unlock();
  for (auto& w : workers) w.join();
  return read;
}

}  // namespace faultline
