# plugins/gas: rules for this plugin.
