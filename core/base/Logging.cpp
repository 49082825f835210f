#include "base/Logging.h"

Q_LOGGING_CATEGORY(lcBase, "territoire.base", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLayers, "territoire.layers", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRender, "territoire.render", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProject, "territoire.project", QtWarningMsg)
Q_LOGGING_CATEGORY(lcFeeds, "territoire.feeds", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRouting, "territoire.routing", QtWarningMsg)
Q_LOGGING_CATEGORY(lcParking, "territoire.parking", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "territoire.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcOffline, "territoire.offline", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "territoire.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "territoire.cli", QtWarningMsg)
