// A fixed set of store connections shared by the server's workers. SQLite connections
// must not be used by two threads at once; with one connection per worker a request
// never waits for another's query, and WAL lets them all read while ingest writes.
#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "serve/api.h"

namespace faultline::serve {

class ConnectionPool {
 public:
  Status Open(const std::string& db_path, int size);

  // A connection for the duration of one request; returned to the pool when destroyed.
  class Lease {
   public:
    Lease(ConnectionPool* pool, Connection* c) : pool_(pool), c_(c) {}
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() { pool_->Release(c_); }
    Connection& operator*() const { return *c_; }
    Connection* operator->() const { return c_; }

   private:
    ConnectionPool* pool_;
    Connection* c_;
  };

  // Waits until a connection is free.
  Lease Acquire();

 private:
  void Release(Connection* c);

  std::vector<std::unique_ptr<Connection>> all_;
  std::vector<Connection*> free_;
  std::mutex mu_;
  std::condition_variable cv_;
};

}  // namespace faultline::serve
