#include "serve/static_files.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

namespace faultline::serve {
namespace {

namespace fs = std::filesystem;

struct VendorPackage {
  std::string_view name;    // URL segment after /vendor/
  std::string_view folder;  // inside node_modules
};

// The front-end packages the dashboard loads (package.json), at their dist folders.
constexpr VendorPackage kVendor[] = {
    {"leaflet", "leaflet/dist"},
    {"uplot", "uplot/dist"},
    {"topojson-client", "topojson-client/dist"},
    {"world-atlas", "world-atlas"},
};

std::string_view MimeType(std::string_view path) {
  const size_t dot = path.rfind('.');
  const std::string_view ext = dot == std::string_view::npos ? "" : path.substr(dot + 1);
  if (ext == "html") return "text/html; charset=utf-8";
  if (ext == "js") return "text/javascript; charset=utf-8";
  if (ext == "css") return "text/css; charset=utf-8";
  if (ext == "json") return "application/json";
  if (ext == "png") return "image/png";
  if (ext == "svg") return "image/svg+xml";
  if (ext == "ico") return "image/x-icon";
  return "";
}

bool PlainSegment(std::string_view s) {
  if (s.empty() || s.size() > 64 || s[0] == '.') return false;
  for (char c : s) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

std::vector<std::string_view> Split(std::string_view path) {
  std::vector<std::string_view> parts;
  size_t i = 0;
  while (i <= path.size()) {
    size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    parts.push_back(path.substr(i, j - i));
    i = j + 1;
  }
  return parts;
}

StaticFile Error(int status, std::string message) {
  StaticFile f;
  f.status = status;
  f.error = std::move(message);
  return f;
}

// `rel` is made of checked segments; the canonical file must stay under the root.
StaticFile Locate(const std::string& root, const std::string& rel) {
  std::error_code ec;
  const fs::path base = fs::canonical(root, ec);
  if (ec) return Error(404, "not found: the dashboard files are missing (" + root + ")");
  const fs::path file = fs::canonical(base / rel, ec);
  if (ec || !fs::is_regular_file(file, ec)) return Error(404, "not found");
  const std::string b = base.string() + "/", p = file.string();
  if (p.compare(0, b.size(), b) != 0) return Error(404, "not found");
  StaticFile f;
  f.path = p;
  f.content_type = std::string(MimeType(p));
  return f;
}

}  // namespace

StaticFile ResolveStatic(const StaticRoots& roots, std::string_view url_path) {
  if (url_path.empty() || url_path[0] != '/') return Error(400, "bad path");
  if (url_path == "/") url_path = "/index.html";
  std::vector<std::string_view> parts = Split(url_path.substr(1));
  if (parts.size() > 6) return Error(400, "bad path: too deep");
  for (std::string_view p : parts) {
    if (!PlainSegment(p)) return Error(400, "bad path segment");
  }
  if (MimeType(parts.back()).empty()) return Error(404, "not found: unknown file type");
  std::string root, rel;
  size_t first = 0;
  if (parts[0] == "vendor") {
    if (parts.size() < 3) return Error(404, "not found");
    for (const VendorPackage& v : kVendor) {
      if (parts[1] == v.name) root = roots.node_modules + "/" + std::string(v.folder);
    }
    if (root.empty()) return Error(404, "not found: unknown vendor package");
    first = 2;
  } else {
    root = roots.web_dir;
  }
  for (size_t i = first; i < parts.size(); ++i) {
    if (!rel.empty()) rel += '/';
    rel += parts[i];
  }
  return Locate(root, rel);
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return static_cast<bool>(in) || in.eof();
}

}  // namespace faultline::serve
