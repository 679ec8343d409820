# faultline_stage(NAME DEPS dep...)
# One static library per pipeline stage folder. Sources are the folder's *.cc files except
# *_test.cc (gathered into the stage's test binary) and *_fuzz.cc (fuzz targets). Sub-folders
# of a stage are part of it, so helpers can add files without touching CMake.
function(faultline_stage name)
  cmake_parse_arguments(ARG "" "" "DEPS;TEST_DEPS" ${ARGN})
  file(GLOB_RECURSE all CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cc)
  set(srcs "")
  set(tests "")
  foreach(f ${all})
    if(f MATCHES "_test\\.cc$")
      list(APPEND tests ${f})
    elseif(f MATCHES "_fuzz\\.cc$")
    else()
      list(APPEND srcs ${f})
    endif()
  endforeach()
  if(NOT srcs)
    # A stage with no code yet still takes its place in the dependency chain.
    add_library(fl_${name} INTERFACE)
    target_include_directories(fl_${name} INTERFACE ${PROJECT_SOURCE_DIR}/include ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(fl_${name} INTERFACE ${ARG_DEPS})
    return()
  endif()
  add_library(fl_${name} STATIC ${srcs})
  target_include_directories(fl_${name} PUBLIC ${PROJECT_SOURCE_DIR}/include ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(fl_${name} PUBLIC ${ARG_DEPS} PRIVATE faultline_warnings)
  if(FAULTLINE_BUILD_TESTS AND tests)
    add_executable(fl_${name}_test ${tests})
    target_link_libraries(fl_${name}_test PRIVATE fl_${name} ${ARG_TEST_DEPS} GTest::gtest_main
                          faultline_warnings)
    target_compile_definitions(fl_${name}_test PRIVATE
        FAULTLINE_DATA_DIR="${FAULTLINE_DATA_DIR}"
        FAULTLINE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    add_test(NAME ${name} COMMAND fl_${name}_test)
  endif()
endfunction()
