# The program as a desktop citizen: bash completion (generated from the program's own help), the man
# page and the AppStream metainfo beside the desktop entry and icon (app/CMakeLists.txt), and a
# Debian package of the whole install tree (`cpack -G DEB` in the build folder).
include(GNUInstallDirs)

# Bash completion: written from `alexnet-lab --help` and every `alexnet-lab SUBCOMMAND --help` each
# time the program is built, into the build tree's share/ (the same layout as an install).
set(ALEXNET_COMPLETION_TEMPLATE ${PROJECT_SOURCE_DIR}/resources/completion/alexnet-lab.bash.in)
set(ALEXNET_COMPLETION_FILE ${CMAKE_BINARY_DIR}/share/bash-completion/completions/alexnet-lab)
add_custom_command(OUTPUT ${ALEXNET_COMPLETION_FILE}
                   COMMAND ${CMAKE_COMMAND} -DAPP=$<TARGET_FILE:alexnet-lab> -DTEMPLATE=${ALEXNET_COMPLETION_TEMPLATE}
                           -DOUTPUT=${ALEXNET_COMPLETION_FILE} -P ${PROJECT_SOURCE_DIR}/cmake/generate_bash_completion.cmake
                   DEPENDS alexnet-lab ${ALEXNET_COMPLETION_TEMPLATE} ${PROJECT_SOURCE_DIR}/cmake/generate_bash_completion.cmake
                           ${PROJECT_SOURCE_DIR}/cmake/help_lines.cmake
                   COMMENT "Generating the bash completion of alexnet-lab from its --help" VERBATIM)
add_custom_target(alexnet_bash_completion ALL DEPENDS ${ALEXNET_COMPLETION_FILE})

install(FILES ${ALEXNET_COMPLETION_FILE} DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${PROJECT_SOURCE_DIR}/resources/man/alexnet-lab.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/org.alexnetlab.AlexNetLab.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Debian package: alexnet-lab_<version>_<arch>.deb with the install tree under /usr. Its Depends come
# from the shared libraries the binary links (dpkg-shlibdeps, package dpkg-dev).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME alexnet-lab)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The AlexNet Lab developers")
set(CPACK_PACKAGE_CONTACT "AlexNet Lab developers <maintainers@alexnetlab.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://alexnetlab.org/")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "watch LeNet and AlexNet work layer by layer")
set(CPACK_PACKAGE_DESCRIPTION
    "AlexNet Lab runs the networks of the AlexNet chapter of Dive into Deep Learning, LeNet and
AlexNet, on your own image, one layer at a time: feature maps, output shapes, explainers of single
units (convolution arithmetic, receptive field, saliency) and training on Fashion-MNIST with live
curves, on a laptop CPU, offline. Trained weights are included. A command line runs the same
engine: shapes, train, evaluate, inspect, bench, weights.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's own Chinese strings (dialog buttons) and Fashion-MNIST for training and the test images.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "dataset-fashion-mnist, qt6-translations-l10n, fonts-wqy-microhei")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
include(CPack)
