#include "serve/static_files.h"

#include <gtest/gtest.h>

namespace faultline::serve {
namespace {

StaticRoots Roots() {
  return {FAULTLINE_SOURCE_DIR "/web", FAULTLINE_SOURCE_DIR "/node_modules"};
}

TEST(ResolveStatic, DashboardAndVendorFiles) {
  StaticFile index = ResolveStatic(Roots(), "/");
  EXPECT_EQ(index.status, 200);
  EXPECT_EQ(index.content_type, "text/html; charset=utf-8");
  EXPECT_EQ(ResolveStatic(Roots(), "/app.js").content_type, "text/javascript; charset=utf-8");
  StaticFile leaflet = ResolveStatic(Roots(), "/vendor/leaflet/leaflet.js");
  ASSERT_EQ(leaflet.status, 200) << leaflet.error;
  EXPECT_NE(leaflet.path.find("node_modules/leaflet/dist/leaflet.js"), std::string::npos);
  EXPECT_EQ(ResolveStatic(Roots(), "/vendor/leaflet/images/marker-icon.png").status, 200);
}

TEST(ResolveStatic, RefusesEverythingElse) {
  for (const char* path : {"/../CMakeLists.txt", "/vendor/leaflet/../package.json", "/.hidden.js",
                           "/vendor/leaflet/..", "/a//b.js", "/a\\b.js", "/a%2e.js", "relative.js",
                           "/x.js\x00", "/vendor/world-countries/countries.json",
                           "/vendor/leaflet/package.json", "/README.md", "/vendor/leaflet",
                           "/a/b/c/d/e/f/g.js"}) {
    StaticFile f = ResolveStatic(Roots(), path);
    EXPECT_NE(f.status, 200) << path;
  }
}

}  // namespace
}  // namespace faultline::serve
