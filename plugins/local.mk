# plugins/: one folder per plugin, each with its own fragment.  Plugins are
# built as modules into plugins/.libs (where the shell finds them in the build
# tree) and installed under $(pkglibdir).
include plugins/common/local.mk
include plugins/example/local.mk
include plugins/county/local.mk
include plugins/traffic/local.mk
include plugins/gas/local.mk
include plugins/chemicals/local.mk
include plugins/tourism/local.mk
