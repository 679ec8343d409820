// Thin RAII wrappers over the SQLite C API: a connection and a prepared statement.
// Every SQL statement the store runs goes through Stmt with bound parameters; nothing
// user-supplied is ever spliced into SQL text.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "faultline/status.h"

namespace faultline::store {

class Stmt {
 public:
  Stmt() = default;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  Stmt(Stmt&& o) noexcept : stmt_(o.stmt_) { o.stmt_ = nullptr; }
  Stmt& operator=(Stmt&& o) noexcept;
  ~Stmt();

  Status Prepare(sqlite3* db, std::string_view sql);
  bool prepared() const { return stmt_ != nullptr; }

  // Binding is 1-based like SQLite's; Reset clears bindings for the next use.
  void Bind(int i, int64_t v);
  void Bind(int i, double v);
  void Bind(int i, std::string_view v);  // empty string binds as text, not NULL
  // Binds without copying: the bytes must stay alive until the statement is reset (Run
  // resets it). For the write path, where every value outlives its row's insert.
  void BindView(int i, std::string_view v);
  void Bind(int i, const std::optional<double>& v);
  void BindNull(int i);
  void Reset();

  // kRow: a row is ready; kDone: no more rows; kError: see status.
  enum class Step { kRow, kDone, kError };
  Step Next(Status* status);
  // Runs a statement that returns no rows, then resets it.
  Status Run();

  int64_t Int(int col) const;
  double Double(int col) const;
  std::optional<double> OptDouble(int col) const;
  std::string Text(int col) const;
  void TextTo(int col, std::string* out) const;  // reuses out's buffer

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

class Db {
 public:
  Db() = default;
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;
  ~Db();

  Status Open(const std::string& path);
  // For fixed statements without parameters (PRAGMAs, schema migrations).
  Status Exec(const std::string& sql);
  Status Prepare(std::string_view sql, Stmt* stmt) { return stmt->Prepare(db_, sql); }
  int64_t LastInsertId() const { return sqlite3_last_insert_rowid(db_); }
  sqlite3* handle() { return db_; }

  // BEGIN IMMEDIATE, COMMIT and ROLLBACK as statements prepared once (Exec would parse
  // them again for every article).
  Status Begin();
  Status Commit();
  void Rollback();

 private:
  Status RunCached(Stmt* st, const char* sql);

  sqlite3* db_ = nullptr;
  Stmt begin_, commit_, rollback_;
};

// BEGIN IMMEDIATE … COMMIT, rolled back when destroyed before Commit.
class Transaction {
 public:
  explicit Transaction(Db* db) : db_(db) {}
  ~Transaction();
  Status Begin();
  Status Commit();

 private:
  Db* db_;
  bool open_ = false;
};

}  // namespace faultline::store
