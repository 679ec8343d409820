// The dashboard's files: web/ (index.html, app.js, style.css) and the npm front-end
// packages under /vendor/<package>/. Only a fixed list of packages is reachable, each at a
// fixed folder, and a path is accepted only when every segment is a plain name (letters,
// digits, '.', '_', '-', never starting with '.') with a known extension, so no request
// can climb out of those folders; the resolved file must also still lie inside its root
// after symlinks are followed.
#pragma once

#include <string>
#include <string_view>

namespace faultline::serve {

struct StaticRoots {
  std::string web_dir;       // the repository's web/
  std::string node_modules;  // npm ci's node_modules, holding leaflet, uplot, ...
};

struct StaticFile {
  int status = 200;  // 200, 400 (bad path) or 404
  std::string path;  // the file to send when 200
  std::string content_type;
  std::string error;  // the message for 400 and 404
};

// Maps a decoded URL path ("/", "/app.js", "/vendor/leaflet/leaflet.js") to a file.
StaticFile ResolveStatic(const StaticRoots& roots, std::string_view url_path);

// Reads a whole file; false when it cannot be read.
bool ReadFile(const std::string& path, std::string* out);

}  // namespace faultline::serve
