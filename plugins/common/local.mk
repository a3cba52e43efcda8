# plugins/common: rules for this plugin.
