#include "pipeline/batch_runner.h"

#include <atomic>
#include <thread>
#include <vector>

namespace faultline {

size_t RunBatches(const Pipeline& pipeline, ArticleReader& reader, const BatchOptions& options,
                  const std::function<void(Document&)>& sink) {
  const unsigned threads = options.threads == 0 ? 1 : options.threads;
  const size_t batch_size = std::max<size_t>(options.batch, threads);
  std::vector<Document> batch(batch_size);
  size_t total = 0;
  for (;;) {
    size_t n = 0;
    while (n < batch_size && reader.Next(batch[n])) ++n;
    if (n == 0) break;
    if (threads == 1 || n == 1) {
      for (size_t i = 0; i < n; ++i) pipeline.Process(batch[i]);
    } else {
      std::atomic<size_t> next{0};
      std::vector<std::thread> workers;
      for (unsigned t = 0; t < threads; ++t) {
        workers.emplace_back([&] {
          for (size_t i = next++; i < n; i = next++) pipeline.Process(batch[i]);
        });
      }
      for (auto& w : workers) w.join();
    }
    for (size_t i = 0; i < n; ++i) sink(batch[i]);
    total += n;
    if (n < batch_size) break;
  }
  return total;
}

}  // namespace faultline
