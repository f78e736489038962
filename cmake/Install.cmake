# `cmake --install` and CPack (.deb and .tar.gz). One layout, the one lib/InstallLayout.h expects:
#   bin/blastradius (and blastradius-clang-tidy, blastradius-clangd when built)
#   lib/libBlastradiusTidyPlugin.so
#   share/blastradius/rules, share/blastradius/docs
#   share/doc/blastradius/{README.md,CHANGELOG.md,LICENSE,NOTICE}
# The version comes from project(VERSION) only; CHANGELOG.md's newest entry must name it (a test checks).

install(TARGETS blastradius RUNTIME DESTINATION bin)
foreach(extra blastradius-clang-tidy blastradius-clangd)
  if(TARGET ${extra})
    install(TARGETS ${extra} RUNTIME DESTINATION bin)
  endif()
endforeach()
if(TARGET BlastradiusTidyPlugin)
  install(TARGETS BlastradiusTidyPlugin LIBRARY DESTINATION lib)
endif()
# Rule samples stay in: `blastradius test` runs them against the installed rules.
install(DIRECTORY rules/ DESTINATION share/blastradius/rules)
install(DIRECTORY docs/ DESTINATION share/blastradius/docs)
install(FILES README.md CHANGELOG.md LICENSE NOTICE DESTINATION share/doc/blastradius)

set(CPACK_PACKAGE_NAME blastradius)
set(CPACK_PACKAGE_VENDOR "The blastradius authors")
set(CPACK_PACKAGE_CONTACT "The blastradius authors <blastradius@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Finds the changes that take production down: destructive commands, unguarded migrations, broad permissions")
set(CPACK_PACKAGE_HOMEPAGE_URL "${BLASTRADIUS_HOMEPAGE}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "TGZ;DEB")
set(CPACK_PACKAGE_FILE_NAME "blastradius-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR}")
# The .tar.gz unpacks into one directory that works wherever it is put (no install step).
set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY ON)
set(CPACK_STRIP_FILES ON)
# NAME.sha256 beside each package: what the GitHub Action's sha256 input pins.
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Runtime libraries from dpkg-shlibdeps; clang-tidy is run, not linked, so it is named here. It is a
# recommendation: without it every language but C++ works (and a scan that meets C++ says so).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "clang-tidy-${BLASTRADIUS_LLVM_VERSION}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
