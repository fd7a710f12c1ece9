// Every tool, registered in one place. One file per tool; the file name is its id.
import type { Tool } from '../schema.ts';
import adobeFirefly from './adobe-firefly.ts';
import azureAiFoundry from './azure-ai-foundry.ts';
import bolt from './bolt.ts';
import characterAi from './character-ai.ts';
import chatgpt from './chatgpt.ts';
import claudeCodeWeb from './claude-code-web.ts';
import claudePlatform from './claude-platform.ts';
import claude from './claude.ts';
import cohereDashboard from './cohere-dashboard.ts';
import consensus from './consensus.ts';
import cursor from './cursor.ts';
import deepseekPlatform from './deepseek-platform.ts';
import deepseek from './deepseek.ts';
import descript from './descript.ts';
import doubao from './doubao.ts';
import elevenlabs from './elevenlabs.ts';
import falAi from './fal-ai.ts';
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
import ideogram from './ideogram.ts';
import jasper from './jasper.ts';
import kagiAssistant from './kagi-assistant.ts';
import kimi from './kimi.ts';
import krea from './krea.ts';
import leChat from './le-chat.ts';
import leonardoAi from './leonardo-ai.ts';
import lovable from './lovable.ts';
import lumaDreamMachine from './luma-dream-machine.ts';
import metaAi from './meta-ai.ts';
import microsoftCopilot from './microsoft-copilot.ts';
import midjourney from './midjourney.ts';
import mistralLaPlateforme from './mistral-la-plateforme.ts';
import notebooklm from './notebooklm.ts';
import openaiPlatform from './openai-platform.ts';
import openrouter from './openrouter.ts';
import otterAi from './otter-ai.ts';
import perplexity from './perplexity.ts';
import pi from './pi.ts';
import pika from './pika.ts';
import poe from './poe.ts';
import qwenChat from './qwen-chat.ts';
import recraft from './recraft.ts';
import replitAgent from './replit-agent.ts';
import runway from './runway.ts';
import sora from './sora.ts';
import stabilityAi from './stability-ai.ts';
import suno from './suno.ts';
import togetherAi from './together-ai.ts';
import udio from './udio.ts';
import v0 from './v0.ts';
import vertexAiStudio from './vertex-ai-studio.ts';

export const TOOL_DATA: readonly Tool[] = [
  adobeFirefly,
  azureAiFoundry,
  bolt,
  characterAi,
  chatgpt,
  claudeCodeWeb,
  claudePlatform,
  claude,
  cohereDashboard,
  consensus,
  cursor,
  deepseekPlatform,
  deepseek,
  descript,
  doubao,
  elevenlabs,
  falAi,
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
  ideogram,
  jasper,
  kagiAssistant,
  kimi,
  krea,
  leChat,
  leonardoAi,
  lovable,
  lumaDreamMachine,
  metaAi,
  microsoftCopilot,
  midjourney,
  mistralLaPlateforme,
  notebooklm,
  openaiPlatform,
  openrouter,
  otterAi,
  perplexity,
  pi,
  pika,
  poe,
  qwenChat,
  recraft,
  replitAgent,
  runway,
  sora,
  stabilityAi,
  suno,
  togetherAi,
  udio,
  v0,
  vertexAiStudio,
];
