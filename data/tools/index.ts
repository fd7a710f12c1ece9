// Every tool, registered in one place. One file per tool; the file name is its id.
import type { Tool } from '../schema.ts';
import adobeExpress from './adobe-express.ts';
import adobeFirefly from './adobe-firefly.ts';
import azureAiFoundry from './azure-ai-foundry.ts';
import bolt from './bolt.ts';
import characterAi from './character-ai.ts';
import chatgpt from './chatgpt.ts';
import claudeCodeWeb from './claude-code-web.ts';
import claudePlatform from './claude-platform.ts';
import claude from './claude.ts';
import cloudflareAiPlayground from './cloudflare-ai-playground.ts';
import cohereDashboard from './cohere-dashboard.ts';
import consensus from './consensus.ts';
import cursor from './cursor.ts';
import deepinfra from './deepinfra.ts';
import deepseekPlatform from './deepseek-platform.ts';
import deepseek from './deepseek.ts';
import descript from './descript.ts';
import doubao from './doubao.ts';
import duckAi from './duck-ai.ts';
import elevenlabs from './elevenlabs.ts';
import falAi from './fal-ai.ts';
import figmaMake from './figma-make.ts';
import firefliesAi from './fireflies-ai.ts';
import fireworksAi from './fireworks-ai.ts';
import freepik from './freepik.ts';
import gemini from './gemini.ts';
import githubCopilot from './github-copilot.ts';
import githubSpark from './github-spark.ts';
import googleAiStudio from './google-ai-studio.ts';
import googleFlow from './google-flow.ts';
import grammarly from './grammarly.ts';
import grok from './grok.ts';
import heygen from './heygen.ts';
import huggingchat from './huggingchat.ts';
import huggingfacePlayground from './huggingface-playground.ts';
import ideogram from './ideogram.ts';
import jasper from './jasper.ts';
import kagiAssistant from './kagi-assistant.ts';
import kapwing from './kapwing.ts';
import kimi from './kimi.ts';
import krea from './krea.ts';
import leChat from './le-chat.ts';
import leonardoAi from './leonardo-ai.ts';
import liquidAiPlayground from './liquid-ai-playground.ts';
import llamaApi from './llama-api.ts';
import lmarena from './lmarena.ts';
import lovable from './lovable.ts';
import lumaDreamMachine from './luma-dream-machine.ts';
import lumo from './lumo.ts';
import metaAi from './meta-ai.ts';
import microsoft365CopilotChat from './microsoft-365-copilot-chat.ts';
import microsoftCopilot from './microsoft-copilot.ts';
import microsoftCopilotStudio from './microsoft-copilot-studio.ts';
import midjourney from './midjourney.ts';
import mistralLaPlateforme from './mistral-la-plateforme.ts';
import notebooklm from './notebooklm.ts';
import nousResearchChat from './nous-research-chat.ts';
import openaiPlatform from './openai-platform.ts';
import openrouter from './openrouter.ts';
import otterAi from './otter-ai.ts';
import perplexityApiPlatform from './perplexity-api-platform.ts';
import perplexity from './perplexity.ts';
import pi from './pi.ts';
import pika from './pika.ts';
import poe from './poe.ts';
import qwenChat from './qwen-chat.ts';
import recraft from './recraft.ts';
import replitAgent from './replit-agent.ts';
import runway from './runway.ts';
import sanaAi from './sana-ai.ts';
import sora from './sora.ts';
import speechify from './speechify.ts';
import stabilityAi from './stability-ai.ts';
import suno from './suno.ts';
import togetherAi from './together-ai.ts';
import udio from './udio.ts';
import v0 from './v0.ts';
import vertexAiStudio from './vertex-ai-studio.ts';
import wordtune from './wordtune.ts';
import xaiApiConsole from './xai-api-console.ts';

export const TOOL_DATA: readonly Tool[] = [
  adobeExpress,
  adobeFirefly,
  azureAiFoundry,
  bolt,
  characterAi,
  chatgpt,
  claudeCodeWeb,
  claudePlatform,
  claude,
  cloudflareAiPlayground,
  cohereDashboard,
  consensus,
  cursor,
  deepinfra,
  deepseekPlatform,
  deepseek,
  descript,
  doubao,
  duckAi,
  elevenlabs,
  falAi,
  figmaMake,
  firefliesAi,
  fireworksAi,
  freepik,
  gemini,
  githubCopilot,
  githubSpark,
  googleAiStudio,
  googleFlow,
  grammarly,
  grok,
  heygen,
  huggingchat,
  huggingfacePlayground,
  ideogram,
  jasper,
  kagiAssistant,
  kapwing,
  kimi,
  krea,
  leChat,
  leonardoAi,
  liquidAiPlayground,
  llamaApi,
  lmarena,
  lovable,
  lumaDreamMachine,
  lumo,
  metaAi,
  microsoft365CopilotChat,
  microsoftCopilot,
  microsoftCopilotStudio,
  midjourney,
  mistralLaPlateforme,
  notebooklm,
  nousResearchChat,
  openaiPlatform,
  openrouter,
  otterAi,
  perplexityApiPlatform,
  perplexity,
  pi,
  pika,
  poe,
  qwenChat,
  recraft,
  replitAgent,
  runway,
  sanaAi,
  sora,
  speechify,
  stabilityAi,
  suno,
  togetherAi,
  udio,
  v0,
  vertexAiStudio,
  wordtune,
  xaiApiConsole,
];
