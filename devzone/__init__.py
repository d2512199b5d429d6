"""devzone: extract and compare the targets and industries of China's development zones."""
