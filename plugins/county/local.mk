# plugins/county: rules for this plugin.
