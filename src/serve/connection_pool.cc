#include "serve/connection_pool.h"

namespace faultline::serve {

Status ConnectionPool::Open(const std::string& db_path, int size) {
  for (int i = 0; i < size; ++i) {
    auto c = std::make_unique<Connection>();
    FL_RETURN_IF_ERROR(OpenConnection(db_path, c.get()));
    free_.push_back(c.get());
    all_.push_back(std::move(c));
  }
  return Status::Ok();
}

ConnectionPool::Lease ConnectionPool::Acquire() {
  std::unique_lock<std::mutex> lock(mu_);
  cv_.wait(lock, [this] { return !free_.empty(); });
  Connection* c = free_.back();
  free_.pop_back();
  return Lease(this, c);
}

void ConnectionPool::Release(Connection* c) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    free_.push_back(c);
  }
  cv_.notify_one();
}

}  // namespace faultline::serve
