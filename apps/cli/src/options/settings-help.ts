/** Help paragraph shared by the commands that read settings, so they all say the same. */
export const settingsHelp = `
Settings: a flag wins over its environment variable (VALUEFLOW_JUDGE, VALUEFLOW_MODEL,
VALUEFLOW_BASE_URL, VALUEFLOW_PANEL, VALUEFLOW_SAMPLER, VALUEFLOW_K, VALUEFLOW_WINDOWS;
OPENAI_BASE_URL, OPENAI_MODEL, OPENAI_API_KEY), which wins over valueflow.config.json (or
.valueflowrc.json) in this folder or above. \`valueflow config\` shows what is in effect.
`;
