#include "store/sqlite_db.h"

namespace faultline::store {
namespace {

Status Error(sqlite3* db, std::string_view what) {
  return Status::IoError("sqlite: " + std::string(what) + ": " + sqlite3_errmsg(db));
}

}  // namespace

Stmt& Stmt::operator=(Stmt&& o) noexcept {
  if (this != &o) {
    sqlite3_finalize(stmt_);
    stmt_ = o.stmt_;
    o.stmt_ = nullptr;
  }
  return *this;
}

Stmt::~Stmt() { sqlite3_finalize(stmt_); }

Status Stmt::Prepare(sqlite3* db, std::string_view sql) {
  sqlite3_finalize(stmt_);
  stmt_ = nullptr;
  if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                         &stmt_, nullptr) != SQLITE_OK) {
    return Error(db, "prepare \"" + std::string(sql.substr(0, 60)) + "\"");
  }
  return Status::Ok();
}

void Stmt::Bind(int i, int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
void Stmt::Bind(int i, double v) { sqlite3_bind_double(stmt_, i, v); }
// A default-constructed string_view has no data pointer, which SQLite would bind as NULL.
void Stmt::Bind(int i, std::string_view v) {
  sqlite3_bind_text(stmt_, i, v.data() ? v.data() : "", static_cast<int>(v.size()),
                    SQLITE_TRANSIENT);
}
void Stmt::BindView(int i, std::string_view v) {
  sqlite3_bind_text(stmt_, i, v.data() ? v.data() : "", static_cast<int>(v.size()), SQLITE_STATIC);
}
void Stmt::Bind(int i, const std::optional<double>& v) {
  if (v) {
    Bind(i, *v);
  } else {
    BindNull(i);
  }
}
void Stmt::BindNull(int i) { sqlite3_bind_null(stmt_, i); }

void Stmt::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

Stmt::Step Stmt::Next(Status* status) {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return Step::kRow;
  if (rc == SQLITE_DONE) return Step::kDone;
  *status = Error(sqlite3_db_handle(stmt_), "step");
  return Step::kError;
}

Status Stmt::Run() {
  Status s;
  Step step = Next(&s);
  Reset();
  if (step == Step::kError) return s;
  return Status::Ok();
}

int64_t Stmt::Int(int col) const { return sqlite3_column_int64(stmt_, col); }
double Stmt::Double(int col) const { return sqlite3_column_double(stmt_, col); }
std::optional<double> Stmt::OptDouble(int col) const {
  if (sqlite3_column_type(stmt_, col) == SQLITE_NULL) return std::nullopt;
  return sqlite3_column_double(stmt_, col);
}
std::string Stmt::Text(int col) const {
  const unsigned char* t = sqlite3_column_text(stmt_, col);
  if (t == nullptr) return "";
  return std::string(reinterpret_cast<const char*>(t),
                     static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

void Stmt::TextTo(int col, std::string* out) const {
  const unsigned char* t = sqlite3_column_text(stmt_, col);
  if (t == nullptr) {
    out->clear();
    return;
  }
  out->assign(reinterpret_cast<const char*>(t),
              static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

Db::~Db() {
  // Statements first: the connection closes at once when none is left.
  begin_ = Stmt();
  commit_ = Stmt();
  rollback_ = Stmt();
  sqlite3_close_v2(db_);
}

Status Db::Open(const std::string& path) {
  if (sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
      SQLITE_OK) {
    Status s = Status::IoError("cannot open database " + path + ": " + sqlite3_errmsg(db_));
    sqlite3_close_v2(db_);
    db_ = nullptr;
    return s;
  }
  // Concurrent readers (a dashboard) wait instead of failing while ingest commits.
  sqlite3_busy_timeout(db_, 10000);
  return Status::Ok();
}

Status Db::Exec(const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    Status s = Status::IoError(std::string("sqlite: ") + (err ? err : "error"));
    sqlite3_free(err);
    return s;
  }
  return Status::Ok();
}

Status Db::RunCached(Stmt* st, const char* sql) {
  if (!st->prepared()) FL_RETURN_IF_ERROR(Prepare(sql, st));
  return st->Run();
}

Status Db::Begin() { return RunCached(&begin_, "BEGIN IMMEDIATE"); }
Status Db::Commit() { return RunCached(&commit_, "COMMIT"); }
void Db::Rollback() { (void)RunCached(&rollback_, "ROLLBACK"); }

Transaction::~Transaction() {
  if (open_) db_->Rollback();
}

Status Transaction::Begin() {
  FL_RETURN_IF_ERROR(db_->Begin());
  open_ = true;
  return Status::Ok();
}

Status Transaction::Commit() {
  FL_RETURN_IF_ERROR(db_->Commit());
  open_ = false;
  return Status::Ok();
}

}  // namespace faultline::store
